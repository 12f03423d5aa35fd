// The Leaderboard view: pick a dataset (and a metric) and see the extracted results,
// best first, each row linking to its method and paper.
import type { Store } from '../app/store';
import { datasetMetrics, leaderboardRows } from '../core/leaderboard';
import type { DetailsActions } from './details';
import { resultsTable } from './details';
import { h, replaceChildren } from './h';
import { suggestInput } from './suggest-input';

export function mountLeaderboard(panel: HTMLElement, store: Store, actions: DetailsActions): void {
  const dataset = suggestInput({
    id: 'board-dataset',
    label: 'Leaderboard dataset',
    type: 'text',
    placeholder: 'dataset, e.g. ImageNet',
    suggest: (query) =>
      store.dataset.index
        .suggest(query, 40)
        .filter((item) => item.kind === 'dataset')
        .slice(0, 8),
    onPick: (item) => store.set({ board: item.key }),
  });
  const metric = h('select', { 'aria-label': 'Leaderboard metric' });
  metric.addEventListener('change', () => render());
  const table = h('div', { class: 'board' });
  panel.append(
    h('h2', {}, 'Leaderboard'),
    dataset.root,
    h('label', { class: 'row' }, 'metric ', metric),
    table,
  );

  const render = (): void => {
    const { graph } = store.dataset;
    const key = store.state.board;
    if (key === null || !graph.hasNode(key)) {
      replaceChildren(
        table,
        h('p', { class: 'hint' }, 'Choose a dataset to rank the results papers report on it.'),
      );
      return;
    }
    const rows = leaderboardRows(graph, key, metric.value === '' ? undefined : metric.value);
    replaceChildren(
      table,
      rows.length === 0
        ? h('p', {}, 'No results were extracted for this dataset.')
        : resultsTable(graph, rows, actions),
    );
  };
  store.subscribe((state, previous) => {
    if (state.board === previous.board) return;
    const { graph } = store.dataset;
    if (state.board !== null && graph.hasNode(state.board))
      dataset.input.value = graph.getNodeAttribute(state.board, 'label');
    const metrics = state.board === null ? [] : datasetMetrics(graph, state.board);
    replaceChildren(
      metric,
      h('option', { value: '' }, 'all metrics'),
      metrics.map((key) =>
        h(
          'option',
          { value: key },
          graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key,
        ),
      ),
    );
    render();
  });
  render();
}
