// Readable text for query results (the `--json` output is the plain data itself).
import type { Leaderboard, Neighbor, NewSince, PaperRow, Path } from '@papergraph/graph';
import { truncate } from './names';
import { table } from './table';

export function formatPaths(paths: Path[]): string {
  if (paths.length === 0) return 'No path.\n';
  return (
    paths
      .map((path, i) => {
        const head = `Path ${i + 1} (${path.edges.length} hop${path.edges.length === 1 ? '' : 's'}): ${path.nodes
          .map((n) => `${truncate(n.label, 50)} [${n.kind}]`)
          .join(' → ')}`;
        const label = new Map(path.nodes.map((n) => [n.id, truncate(n.label, 50)]));
        const hops = path.edges.map((edge, h) => {
          const lines = [
            `  ${h + 1}. ${label.get(edge.source) ?? edge.source} —${edge.kind}→ ${label.get(edge.target) ?? edge.target}`,
          ];
          for (const e of edge.evidence)
            lines.push(`       ${e.paper}: "${truncate(e.sentence, 160)}"`);
          return lines.join('\n');
        });
        return [head, ...hops].join('\n');
      })
      .join('\n\n') + '\n'
  );
}

export function formatNeighbors(rows: Neighbor[]): string {
  if (rows.length === 0) return 'No neighbours.\n';
  return table(
    ['kind', 'label', 'weight', 'edges', 'id'],
    rows.map((r) => [r.kind, r.label, r.weight, r.edges.join(','), r.id]),
  );
}

export function formatPapers(rows: PaperRow[]): string {
  if (rows.length === 0) return 'No papers.\n';
  return table(
    ['date', 'role', 'title', 'id'],
    rows.map((r) => [r.date ?? '', r.role ?? '', r.title, r.id]),
    80,
  );
}

export function formatLeaderboard(board: Leaderboard): string {
  if (board.tables.length === 0) return `No results reported on ${board.datasetLabel}.\n`;
  return board.tables
    .map((t) => {
      const head = `${board.datasetLabel} — ${t.metricLabel} (${t.lowerIsBetter ? 'lower' : 'higher'} is better)\n`;
      return (
        head +
        table(
          ['#', 'method', 'value', 'paper'],
          t.rows.map((r, i) => [i + 1, r.methodLabel, r.shown, r.paperTitle]),
          70,
        )
      );
    })
    .join('\n');
}

export function formatNew(result: NewSince): string {
  const note =
    result.undated > 0
      ? `(${result.undated} entities have no dated paper; build with --year YYYY to date daily lists.)\n`
      : '';
  if (result.entities.length === 0) return `Nothing new.\n${note}`;
  return (
    table(
      ['first seen', 'kind', 'label', 'papers', 'id'],
      result.entities.map((e) => [e.firstSeen, e.kind, e.label, e.paperCount, e.id]),
    ) + note
  );
}
