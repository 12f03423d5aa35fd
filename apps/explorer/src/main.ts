// The explorer's entry: lays out the page, loads ./graph.json (or the file a user opens),
// and wires the store to the renderer and the panels. Each panel lives in src/ui/.
import Graph from 'graphology';
import { Store } from './app/store';
import { readViewFromURL, syncURL } from './app/url-sync';
import { previewInfo } from '@papergraph/graph';
import { fetchGraphText, fetchPreview } from './load/open-graph';
import { Renderer } from './render/renderer';
import { mountDetails, type DetailsActions } from './ui/details';
import { fromJSON, toGEXF, type PaperGraph } from '@papergraph/graph';
import { download, visibleSubgraph } from './ui/export';
import { mountFilePicker } from './ui/file-picker';
import { mountFilters } from './ui/filters-panel';
import { h } from './ui/h';
import { bindKeyboard } from './ui/keyboard';
import { mountLeaderboard } from './ui/leaderboard-panel';
import { mountPathPanel } from './ui/path-panel';
import { suggestInput } from './ui/suggest-input';
import { installPerfHook } from './perf';
import './styles.css';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (root === null) return;
  const view = readViewFromURL();
  document.documentElement.dataset.theme = view.theme;
  const status = h('span', { class: 'load-status', role: 'status' }, 'Loading graph…');
  const progress = h('progress', { 'aria-label': 'Extraction progress', max: 1, value: 0 });
  progress.hidden = true;

  let graph: PaperGraph;
  // A large graph comes with a preview that opens at once; the full graph follows. Both
  // downloads start now. "Draw every node" (full=1) asks for the whole graph: no preview.
  const fullText = fetchGraphText('./graph.json');
  fullText.catch(() => undefined);
  const preview = view.drawAll ? null : await fetchPreview('./graph.view.json');
  try {
    const info = preview === null ? null : previewInfo(preview);
    graph = preview ?? fromJSON(await fullText);
    status.textContent =
      info === null
        ? ''
        : `Loading the full graph (${info.fullOrder} nodes, ${info.fullSize} edges)…`;
  } catch (error) {
    graph = new Graph({ type: 'directed' }) as unknown as PaperGraph;
    status.textContent = error instanceof Error ? error.message : String(error);
  }

  const store = new Store(graph, 'graph.json');
  store.set({ ...view });

  const container = h('div', { id: 'graph', class: 'graph', 'aria-label': 'Graph view' });
  const details = h('section', { 'aria-label': 'Details', class: 'details' });
  const filters = h('div', { class: 'panel' });
  const path = h('div', { class: 'panel' });
  const board = h('div', { class: 'panel' });
  let renderer: Renderer | null = null;

  const select = (key: string): void => {
    store.set({ selected: key });
    renderer?.centreOn(key);
  };
  const actions: DetailsActions = {
    select,
    showLeaderboard: (dataset) => store.set({ board: dataset }),
  };
  const search = suggestInput({
    id: 'search',
    label: 'Search',
    type: 'search',
    placeholder: 'Search methods, datasets, papers…  (/)',
    suggest: (query) => store.dataset.index.suggest(query),
    onPick: (item) => select(item.key),
  });
  const themeButton = h(
    'button',
    { type: 'button', 'aria-pressed': String(view.theme === 'dark') },
    'Dark theme',
  );
  themeButton.addEventListener('click', () =>
    store.set({ theme: store.state.theme === 'dark' ? 'light' : 'dark' }),
  );
  const exportGexf = h('button', { type: 'button' }, 'Export GEXF');
  exportGexf.addEventListener('click', () => {
    const sub = visibleSubgraph(store.dataset.graph, store.visible());
    download(new Blob([toGEXF(sub)], { type: 'application/xml' }), 'papergraph.gexf');
  });
  const exportPng = h('button', { type: 'button' }, 'Export PNG');
  exportPng.addEventListener('click', () => {
    void renderer?.toPNG().then((blob) => blob && download(blob, 'papergraph.png'));
  });
  const picker = mountFilePicker(store, { status, progress });

  root.append(
    h(
      'header',
      { class: 'bar' },
      h('h1', {}, 'papergraph'),
      h('div', { class: 'search', role: 'search' }, search.root),
      picker,
      exportGexf,
      exportPng,
      themeButton,
      progress,
      status,
    ),
    h(
      'main',
      { class: 'layout' },
      h('nav', { class: 'side', 'aria-label': 'Controls' }, filters, path, board),
      container,
      details,
    ),
  );

  // Panels first: they listen for the renderer's first count.
  mountFilters(filters, store);
  renderer = new Renderer(store, container);
  mountPathPanel(path, store, select);
  mountLeaderboard(board, store, actions);
  mountDetails(details, store, actions);
  bindKeyboard(store, search.input);
  syncURL(store);
  store.subscribe((state, previous) => {
    if (state.theme === previous.theme) return;
    document.documentElement.dataset.theme = state.theme;
    themeButton.setAttribute('aria-pressed', String(state.theme === 'dark'));
  });
  if (view.selected !== null && view.camera === null) renderer.centreOn(view.selected);
  const hook = installPerfHook(store, renderer);
  if (preview !== null) {
    // After the first frame: parsing the full graph blocks the page for a while.
    requestAnimationFrame(() =>
      setTimeout(() => {
        fullText
          .then((text) => {
            store.upgrade(fromJSON(text), 'graph.json');
            status.textContent = '';
            hook.fullyLoaded();
          })
          .catch((error: unknown) => {
            status.textContent = error instanceof Error ? error.message : String(error);
          });
      }, 0),
    );
  } else {
    hook.fullyLoaded();
  }
}

void start();
