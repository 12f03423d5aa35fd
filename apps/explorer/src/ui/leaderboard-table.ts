// One metric's leaderboard as a table: rank, method, value, paper (the sentence as a tooltip).
import type { LeaderboardTable } from '@papergraph/graph';
import { h } from './h';

export interface TableActions {
  select: (key: string) => void;
}

export function leaderboardTable(table: LeaderboardTable, actions: TableActions): HTMLElement {
  const link = (key: string, text: string): HTMLElement =>
    h('button', { type: 'button', class: 'link', onclick: () => actions.select(key) }, text);
  return h(
    'table',
    { class: 'results' },
    h(
      'caption',
      {},
      `${table.metricLabel} (${table.lowerIsBetter ? 'lower' : 'higher'} is better)`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, '#'),
        h('th', {}, 'Method'),
        h('th', {}, 'Value'),
        h('th', {}, 'Paper'),
      ),
    ),
    h(
      'tbody',
      {},
      table.rows.map((row, i) =>
        h(
          'tr',
          { title: row.sentence },
          h('td', {}, String(i + 1)),
          h('td', {}, link(row.method, row.methodLabel)),
          h('td', {}, row.shown),
          h('td', {}, link(row.paper, row.paperTitle)),
        ),
      ),
    ),
  );
}
