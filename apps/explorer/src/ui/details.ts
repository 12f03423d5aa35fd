// The Details region: for a paper, its title, date, lists and abstract with every entity
// mention highlighted and clickable; for an entity, kind, aliases, paper count, first
// seen, related entities by relation, results and papers. All data goes in as text.
import type { EntityNodeAttributes, PaperGraph, PaperNodeAttributes } from '@papergraph/graph';
import type { RelationType } from '@papergraph/extractor';
import type { Store } from '../app/store';
import { entityResults, type ResultRow } from '../core/entity-results';
import { paperMentions, segmentText, type MentionSpan } from '../core/mentions';
import { h, replaceChildren } from './h';

const PAPER_LIST_LIMIT = 50;
const RELATED_LIMIT = 12;

/** How a relation reads from its source, and from its target. */
const OUTGOING: Record<RelationType, string> = {
  evaluated_on: 'evaluated on',
  measured_by: 'measured by',
  addresses: 'addresses',
  outperforms: 'outperforms',
  compared_with: 'compared with',
  builds_on: 'builds on',
};
const INCOMING: Record<RelationType, string> = {
  evaluated_on: 'evaluated on it',
  measured_by: 'measures',
  addresses: 'addressed by',
  outperforms: 'outperformed by',
  compared_with: 'compared with',
  builds_on: 'built on by',
};

export interface DetailsActions {
  select: (key: string) => void;
  showLeaderboard: (dataset: string) => void;
}

export function mountDetails(region: HTMLElement, store: Store, actions: DetailsActions): void {
  const render = (): void => {
    const { graph } = store.dataset;
    const key = store.state.selected;
    if (key === null || !graph.hasNode(key)) {
      replaceChildren(
        region,
        h('h2', {}, 'Details'),
        h('p', { class: 'hint' }, 'Search, or click a node, to see its details here.'),
      );
      return;
    }
    const attrs = graph.getNodeAttributes(key);
    replaceChildren(
      region,
      attrs.kind === 'paper'
        ? paperDetails(graph, key, attrs, actions)
        : entityDetails(graph, key, attrs, actions),
    );
  };
  let shown = store.dataset.graph;
  store.subscribe((state, previous) => {
    if (state.selected === previous.selected && store.dataset.graph === shown) return;
    shown = store.dataset.graph;
    render();
  });
  render();
}

function nodeButton(graph: PaperGraph, key: string, actions: DetailsActions): HTMLElement {
  const attrs = graph.getNodeAttributes(key);
  return h(
    'button',
    { type: 'button', class: `link kind-${attrs.kind}`, onclick: () => actions.select(key) },
    attrs.label,
  );
}

function highlighted(
  text: string,
  field: 'title' | 'abstract',
  spans: MentionSpan[],
  graph: PaperGraph,
  actions: DetailsActions,
): (string | HTMLElement)[] {
  return segmentText(text, field, spans).map((segment) => {
    const entity = segment.entity;
    if (entity === undefined || !graph.hasNode(entity)) return segment.text;
    const kind = graph.getNodeAttribute(entity, 'kind');
    return h(
      'button',
      {
        type: 'button',
        class: `mention kind-${kind}`,
        title: `${kind}: ${graph.getNodeAttribute(entity, 'label')}`,
        onclick: () => actions.select(entity),
      },
      segment.text,
    );
  });
}

function paperDetails(
  graph: PaperGraph,
  key: string,
  attrs: PaperNodeAttributes,
  actions: DetailsActions,
): HTMLElement {
  const spans = paperMentions(graph, key);
  const entities = [...new Set(spans.map((span) => span.entity))].filter((entity) =>
    graph.hasNode(entity),
  );
  const safeUrl = attrs.url !== undefined && /^https?:\/\//i.test(attrs.url) ? attrs.url : null;
  return h(
    'article',
    { class: 'details-paper' },
    h('p', { class: 'kind-badge kind-paper' }, 'paper'),
    h('h2', {}, ...highlighted(attrs.title, 'title', spans, graph, actions)),
    h(
      'dl',
      {},
      h('dt', {}, 'Date'),
      h('dd', {}, attrs.date ?? attrs.dateText ?? 'unknown'),
      h('dt', {}, 'Lists'),
      h('dd', {}, attrs.lists.join(', ') || 'none'),
      safeUrl !== null
        ? [
            h('dt', {}, 'Link'),
            h('dd', {}, h('a', { href: safeUrl, rel: 'noopener', target: '_blank' }, safeUrl)),
          ]
        : null,
    ),
    h('h3', {}, 'Abstract'),
    h(
      'p',
      { class: 'abstract' },
      ...highlighted(attrs.abstract, 'abstract', spans, graph, actions),
    ),
    h('h3', {}, `Entities (${entities.length})`),
    h(
      'ul',
      { class: 'chips' },
      entities.map((entity) => h('li', {}, nodeButton(graph, entity, actions))),
    ),
  );
}

function entityDetails(
  graph: PaperGraph,
  key: string,
  attrs: EntityNodeAttributes,
  actions: DetailsActions,
): HTMLElement {
  const related = new Map<string, Set<string>>();
  const papers: string[] = [];
  graph.forEachEdge(key, (_edge, edge, source, target) => {
    if (edge.kind === 'mentions') {
      if (target === key) papers.push(source);
      return;
    }
    if (edge.kind === 'cooccurs') return;
    const label = source === key ? OUTGOING[edge.kind] : INCOMING[edge.kind];
    const other = source === key ? target : source;
    related.set(label, (related.get(label) ?? new Set()).add(other));
  });
  papers.sort((a, b) => paperDate(graph, b).localeCompare(paperDate(graph, a)));
  const results = entityResults(graph, key);

  return h(
    'article',
    { class: 'details-entity' },
    h('p', { class: `kind-badge kind-${attrs.kind}` }, attrs.kind),
    h('h2', {}, attrs.label),
    h(
      'dl',
      {},
      h('dt', {}, 'Kind'),
      h('dd', {}, attrs.kind),
      h('dt', {}, 'Aliases'),
      h('dd', {}, attrs.aliases.join(', ') || 'none'),
      h('dt', {}, 'Papers'),
      h('dd', {}, String(attrs.paperCount)),
      h('dt', {}, 'First seen'),
      h('dd', {}, attrs.firstSeen ?? 'unknown'),
      attrs.family !== undefined && graph.hasNode(attrs.family)
        ? [h('dt', {}, 'Family'), h('dd', {}, nodeButton(graph, attrs.family, actions))]
        : null,
    ),
    related.size > 0 ? h('h3', {}, 'Related') : null,
    [...related].map(([label, others]) =>
      h(
        'div',
        { class: 'related' },
        h('h4', {}, label),
        h(
          'ul',
          { class: 'chips' },
          [...others]
            .slice(0, RELATED_LIMIT)
            .map((other) => h('li', {}, nodeButton(graph, other, actions))),
          others.size > RELATED_LIMIT
            ? h('li', { class: 'hint' }, `+${others.size - RELATED_LIMIT} more`)
            : null,
        ),
      ),
    ),
    results.length > 0
      ? [
          h('h3', {}, 'Results'),
          resultsTable(graph, results, actions),
          attrs.kind === 'dataset'
            ? h(
                'button',
                { type: 'button', onclick: () => actions.showLeaderboard(key) },
                'Open leaderboard',
              )
            : null,
        ]
      : null,
    h('h3', {}, `Papers (${papers.length})`),
    h(
      'ul',
      { class: 'paper-list' },
      papers
        .slice(0, PAPER_LIST_LIMIT)
        .map((paper) => h('li', {}, nodeButton(graph, paper, actions))),
    ),
    papers.length > PAPER_LIST_LIMIT
      ? h('p', { class: 'hint' }, `and ${papers.length - PAPER_LIST_LIMIT} more`)
      : null,
  );
}

function paperDate(graph: PaperGraph, key: string): string {
  const attrs = graph.getNodeAttributes(key);
  return attrs.kind === 'paper' ? (attrs.date ?? '') : '';
}

function resultsTable(graph: PaperGraph, rows: ResultRow[], actions: DetailsActions): HTMLElement {
  const cell = (key: string): HTMLElement =>
    h('td', {}, graph.hasNode(key) ? nodeButton(graph, key, actions) : key);
  return h(
    'table',
    { class: 'results' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Dataset'),
        h('th', {}, 'Method'),
        h('th', {}, 'Metric'),
        h('th', {}, 'Value'),
        h('th', {}, 'Paper'),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          cell(row.dataset),
          cell(row.method),
          cell(row.metric),
          h('td', {}, row.value),
          cell(row.paper),
        ),
      ),
    ),
  );
}
