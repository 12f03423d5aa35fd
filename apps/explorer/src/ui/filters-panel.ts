// The Filters panel: kind and edge checkboxes, a date range, a minimum paper count,
// communities, colouring and neighbourhood depth, with a legend and the count drawn.
// It only writes filter data into the store; the renderer does the drawing.
import { KIND_COLORS, NODE_KINDS, type NodeKind } from '@papergraph/graph';
import type { Store } from '../app/store';
import type { EdgeGroup, Filters } from '../core/filters';
import type { DrawnCount } from '../render/renderer';
import { communityColor } from '../render/style';
import { h, replaceChildren } from './h';

export const KIND_NAMES: Record<NodeKind, string> = {
  paper: 'Papers',
  method: 'Methods',
  dataset: 'Datasets',
  metric: 'Metrics',
  task: 'Tasks',
};
const EDGE_NAMES: Record<EdgeGroup, string> = {
  mentions: 'Mention edges',
  relations: 'Relation edges',
  cooccurs: 'Co-occurrence edges',
};
const COMMUNITY_LIMIT = 24;

export function mountFilters(panel: HTMLElement, store: Store): void {
  const setFilters = (patch: Partial<Filters>): void =>
    store.set({ filters: { ...store.state.filters, ...patch } });

  const kindBoxes = NODE_KINDS.map((kind) => {
    const box = h('input', { type: 'checkbox', name: 'kind', value: kind });
    box.addEventListener('change', () =>
      setFilters({ kinds: { ...store.state.filters.kinds, [kind]: box.checked } }),
    );
    return {
      kind,
      box,
      label: h('label', {}, box, h('span', { class: `kind-dot kind-${kind}` }), KIND_NAMES[kind]),
    };
  });
  const edgeBoxes = (Object.keys(EDGE_NAMES) as EdgeGroup[]).map((group) => {
    const box = h('input', { type: 'checkbox', name: 'edges', value: group });
    box.addEventListener('change', () =>
      setFilters({ edges: { ...store.state.filters.edges, [group]: box.checked } }),
    );
    return { group, box, label: h('label', {}, box, EDGE_NAMES[group]) };
  });
  const since = h('input', { type: 'date', 'aria-label': 'Since' });
  const until = h('input', { type: 'date', 'aria-label': 'Until' });
  since.addEventListener('change', () => setFilters({ dateFrom: since.value || null }));
  until.addEventListener('change', () => setFilters({ dateTo: until.value || null }));
  // Daily lists carry no year, so their papers have no ISO date: a range would hide them all.
  const undatedNote = h(
    'p',
    { class: 'hint' },
    'No paper has a full date. Build with --year YYYY to filter by date.',
  );
  const renderDates = (): void => {
    const dated = store.dataset.graph.someNode(
      (_key, attrs) => attrs.kind === 'paper' && attrs.date !== undefined,
    );
    since.disabled = !dated;
    until.disabled = !dated;
    undatedNote.hidden = dated;
  };
  const minPapers = h('input', { type: 'number', min: 1, step: 1, 'aria-label': 'Minimum papers' });
  minPapers.addEventListener('change', () => {
    const value = Math.max(1, Math.floor(Number(minPapers.value) || 1));
    setFilters({ minPapers: value });
  });
  const communityList = h('div', { class: 'communities' });
  const colorBy = h(
    'select',
    { 'aria-label': 'Colour by' },
    h('option', { value: 'kind' }, 'kind'),
    h('option', { value: 'community' }, 'community'),
  );
  colorBy.addEventListener('change', () =>
    store.set({ colorBy: colorBy.value === 'community' ? 'community' : 'kind' }),
  );
  const depth = h(
    'select',
    { 'aria-label': 'Neighbourhood depth' },
    h('option', { value: '1' }, '1 hop'),
    h('option', { value: '2' }, '2 hops'),
  );
  depth.addEventListener('change', () => store.set({ depth: depth.value === '2' ? 2 : 1 }));
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' });
  const status = h('p', { role: 'status', class: 'count' });
  const drawAll = h('input', { type: 'checkbox' });
  drawAll.addEventListener('change', () => store.set({ drawAll: drawAll.checked }));
  // Large graphs are drawn entities first; papers appear around what is selected.
  const budgetNote = h(
    'p',
    { class: 'hint' },
    'Large graph: the most-mentioned entities are drawn first; select one to draw its papers. ',
    h('label', {}, drawAll, 'Draw every node (slow)'),
  );
  budgetNote.hidden = true;

  panel.append(
    h('h2', {}, 'Filters'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Nodes'),
      kindBoxes.map((item) => item.label),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Edges'),
      edgeBoxes.map((item) => item.label),
    ),
    h(
      'fieldset',
      { class: 'dates' },
      h('legend', {}, 'Date range'),
      h('label', {}, 'since ', since),
      h('label', {}, 'until ', until),
      undatedNote,
    ),
    h('label', { class: 'row' }, 'min. papers ', minPapers),
    h('details', {}, h('summary', {}, 'Communities'), communityList),
    h('label', { class: 'row' }, 'colour by ', colorBy),
    h('label', { class: 'row' }, 'depth ', depth),
    legend,
    status,
    budgetNote,
  );

  const renderCommunities = (): void => {
    const sizes = new Map<number, number>();
    store.dataset.graph.forEachNode((_key, attrs) =>
      sizes.set(attrs.community, (sizes.get(attrs.community) ?? 0) + 1),
    );
    const top = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, COMMUNITY_LIMIT);
    const chosen = store.state.filters.communities;
    replaceChildren(
      communityList,
      h(
        'button',
        { type: 'button', onclick: () => setFilters({ communities: null }) },
        'All communities',
      ),
      top.map(([community, size]) => {
        const box = h('input', { type: 'checkbox', value: String(community) });
        box.checked = chosen === null || chosen.includes(community);
        box.addEventListener('change', () => {
          const current = store.state.filters.communities ?? top.map(([id]) => id);
          const next = box.checked
            ? [...current, community]
            : current.filter((id) => id !== community);
          setFilters({ communities: next.sort((a, b) => a - b) });
        });
        return h(
          'label',
          {},
          box,
          h('span', { class: 'swatch', style: `background:${communityColor(community)}` }),
          `Community ${community} (${size})`,
        );
      }),
    );
  };
  const renderLegend = (): void => {
    const items =
      store.state.colorBy === 'kind'
        ? NODE_KINDS.map((kind) => [KIND_COLORS[kind], KIND_NAMES[kind]] as const)
        : [...new Set<number>(store.dataset.graph.mapNodes((_key, attrs) => attrs.community))]
            .sort((a, b) => a - b)
            .slice(0, 12)
            .map((community) => [communityColor(community), `Community ${community}`] as const);
    replaceChildren(
      legend,
      items.map(([color, name]) =>
        h('li', {}, h('span', { class: 'swatch', style: `background:${color}` }), name),
      ),
    );
  };
  const sync = (): void => {
    const { filters } = store.state;
    for (const { kind, box } of kindBoxes) box.checked = filters.kinds[kind];
    for (const { group, box } of edgeBoxes) box.checked = filters.edges[group];
    since.value = filters.dateFrom ?? '';
    until.value = filters.dateTo ?? '';
    minPapers.value = String(filters.minPapers);
    colorBy.value = store.state.colorBy;
    depth.value = String(store.state.depth);
    drawAll.checked = store.state.drawAll;
  };
  document.addEventListener('papergraph:drawn', (event) => {
    const { count, total, budgeted } = (event as CustomEvent<DrawnCount>).detail;
    status.textContent = `${count} of ${total} nodes shown`;
    budgetNote.hidden = !budgeted;
  });
  let graph = store.dataset.graph;
  store.subscribe((state, previous) => {
    if (store.dataset.graph !== graph) {
      graph = store.dataset.graph;
      renderCommunities();
      renderDates();
    } else if (state.filters.communities !== previous.filters.communities) renderCommunities();
    if (state.colorBy !== previous.colorBy || state.filters !== previous.filters) renderLegend();
    sync();
  });
  renderCommunities();
  renderDates();
  renderLegend();
  sync();
}
