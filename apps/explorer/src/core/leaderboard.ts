// Leaderboard rows for a dataset (and optionally one metric), best first, from the
// `results` the graph keeps on dataset nodes. Values are compared as numbers; metrics
// where lower is better (error, perplexity, latency …) sort ascending.
import type { PaperGraph } from '@papergraph/graph';

export interface LeaderboardRow {
  method: string;
  metric: string;
  value: string;
  paper: string;
}

const LOWER_IS_BETTER =
  /error|perplexity|latency|loss|wer|cer|flops|fid|mse|mae|rmse|time|memory|params/i;

export function parseValue(value: string): number | null {
  const match = /[-+]?\d+(?:[.,]\d+)?/.exec(value.replace(/,(?=\d{3}\b)/g, ''));
  return match === null ? null : Number(match[0].replace(',', '.'));
}

export function leaderboardRows(
  graph: PaperGraph,
  dataset: string,
  metric?: string,
): LeaderboardRow[] {
  if (!graph.hasNode(dataset)) return [];
  const attrs = graph.getNodeAttributes(dataset);
  if (attrs.kind === 'paper') return [];
  const rows = (attrs.results ?? [])
    .filter((result) => metric === undefined || result.metric === metric)
    .map(({ method, metric: m, value, paper }) => ({ method, metric: m, value, paper }));
  const label = (key: string): string =>
    graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
  return rows.sort((a, b) => {
    if (a.metric !== b.metric) return label(a.metric).localeCompare(label(b.metric));
    const x = parseValue(a.value);
    const y = parseValue(b.value);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return LOWER_IS_BETTER.test(label(a.metric)) ? x - y : y - x;
  });
}

/** The metrics that have results on a dataset, for the metric picker. */
export function datasetMetrics(graph: PaperGraph, dataset: string): string[] {
  if (!graph.hasNode(dataset)) return [];
  const attrs = graph.getNodeAttributes(dataset);
  if (attrs.kind === 'paper') return [];
  return [...new Set((attrs.results ?? []).map((result) => result.metric))].sort();
}
