// Leaderboard query: the results papers report on a dataset, grouped by metric, best first
// ("Which papers report top-1 accuracy on ImageNet, and what numbers?").
import { GraphError } from '../errors';
import type { PaperGraph } from '../schema';
import { evidenceText } from './evidence';
import { lowerIsBetter, parseScore } from './metric-direction';

export interface LeaderboardRow {
  method: string;
  methodLabel: string;
  /** The value as the abstract writes it ("85.4\\%", "$2.3\\times$"). */
  value: string;
  /** `value` for reading: LaTeX escapes of raw arXiv text undone ("85.4%", "2.3×"). */
  shown: string;
  /** The number in `value`, or null when there is none (ranked last). */
  score: number | null;
  paper: string;
  paperTitle: string;
  sentence: string;
}

export interface LeaderboardTable {
  metric: string;
  metricLabel: string;
  lowerIsBetter: boolean;
  rows: LeaderboardRow[];
}

export interface Leaderboard {
  dataset: string;
  datasetLabel: string;
  tables: LeaderboardTable[];
}

export function leaderboard(
  graph: PaperGraph,
  dataset: string,
  options: { metric?: string } = {},
): Leaderboard {
  if (!graph.hasNode(dataset)) {
    throw new GraphError(
      'UNKNOWN_NODE',
      `leaderboard: no node "${dataset}". Resolve names with resolveNode first.`,
    );
  }
  const node = graph.getNodeAttributes(dataset);
  if (node.kind !== 'dataset') {
    throw new GraphError(
      'NOT_A_DATASET',
      `leaderboard: "${dataset}" is a ${node.kind}, not a dataset. Pass a dataset (e.g. dataset:imagenet).`,
    );
  }
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const tables = new Map<string, LeaderboardTable>();
  for (const result of node.results ?? []) {
    if (options.metric !== undefined && result.metric !== options.metric) continue;
    let table = tables.get(result.metric);
    if (table === undefined) {
      const metricLabel = label(result.metric);
      table = {
        metric: result.metric,
        metricLabel,
        lowerIsBetter: lowerIsBetter(metricLabel),
        rows: [],
      };
      tables.set(result.metric, table);
    }
    table.rows.push({
      method: result.method,
      methodLabel: label(result.method),
      value: result.value,
      shown: shownValue(result.value),
      score: parseScore(result.value),
      paper: result.paper,
      paperTitle: label(result.paper),
      sentence: evidenceText(graph, { paper: result.paper, ...result.evidence }).sentence,
    });
  }
  for (const table of tables.values()) {
    const sign = table.lowerIsBetter ? 1 : -1;
    table.rows.sort((a, b) => {
      if (a.score === null || b.score === null)
        return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
      return sign * (a.score - b.score) || (a.methodLabel < b.methodLabel ? -1 : 1);
    });
  }
  const sorted = [...tables.values()].sort(
    (a, b) => b.rows.length - a.rows.length || (a.metric < b.metric ? -1 : 1),
  );
  return { dataset, datasetLabel: node.label, tables: sorted };
}

/** LaTeX that raw arXiv abstracts leave in values: `\%`, `\times`, `$…$`, `\,` thin spaces. */
const LATEX_VALUE: [RegExp, string][] = [
  [/\\%/g, '%'],
  [/\\times/g, '×'],
  [/\\pm/g, '±'],
  [/\\[,;!]/g, ''],
  [/\$/g, ''],
];

/** A value for reading; the graph keeps the value as written. */
export function shownValue(value: string): string {
  let out = value;
  for (const [pattern, replacement] of LATEX_VALUE) out = out.replace(pattern, replacement);
  return out.trim();
}
