// The Leaderboard view: pick a dataset (and a metric) and see the extracted results, best
// first, from the graph package's `leaderboard` query; rows link to methods and papers.
import { leaderboard } from '@papergraph/graph';
import type { Store } from '../app/store';
import type { DetailsActions } from './details';
import { h, replaceChildren } from './h';
import { leaderboardTable } from './leaderboard-table';
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
  const tables = h('div', { class: 'board' });
  panel.append(
    h('h2', {}, 'Leaderboard'),
    dataset.root,
    h('label', { class: 'row' }, 'metric ', metric),
    tables,
  );

  const render = (): void => {
    const { graph } = store.dataset;
    const key = store.state.board;
    if (key === null || !graph.hasNode(key) || graph.getNodeAttribute(key, 'kind') !== 'dataset') {
      replaceChildren(
        tables,
        h('p', { class: 'hint' }, 'Choose a dataset to rank the results papers report on it.'),
      );
      return;
    }
    const board = leaderboard(graph, key, metric.value === '' ? {} : { metric: metric.value });
    replaceChildren(
      tables,
      board.tables.length === 0
        ? h('p', {}, `No results were extracted for ${board.datasetLabel}.`)
        : board.tables.map((table) => leaderboardTable(table, actions)),
    );
  };
  store.subscribe((state, previous) => {
    if (state.board === previous.board) return;
    const { graph } = store.dataset;
    const key = state.board;
    const valid =
      key !== null && graph.hasNode(key) && graph.getNodeAttribute(key, 'kind') === 'dataset';
    if (valid) dataset.input.value = graph.getNodeAttribute(key, 'label');
    const metrics = valid ? leaderboard(graph, key).tables : [];
    replaceChildren(
      metric,
      h('option', { value: '' }, 'all metrics'),
      metrics.map((table) => h('option', { value: table.metric }, table.metricLabel)),
    );
    render();
  });
  render();
}
