// The results an entity takes part in, for its Details: a dataset's own results, or for a
// method or metric the results on the datasets around it (results live on dataset nodes).
import type { PaperGraph } from '@papergraph/graph';

const PAPER_SCAN_LIMIT = 500;

export interface ResultRow {
  dataset: string;
  method: string;
  metric: string;
  value: string;
  paper: string;
}

export function entityResults(graph: PaperGraph, key: string, limit = 20): ResultRow[] {
  if (!graph.hasNode(key)) return [];
  const kind = graph.getNodeAttribute(key, 'kind');
  if (kind === 'paper' || kind === 'task') return [];
  const datasets = kind === 'dataset' ? [key] : [...nearbyDatasets(graph, key)];
  const rows: ResultRow[] = [];
  for (const dataset of datasets.sort()) {
    const attrs = graph.getNodeAttributes(dataset);
    if (attrs.kind !== 'dataset') continue;
    for (const result of attrs.results ?? []) {
      if (kind === 'method' && result.method !== key) continue;
      if (kind === 'metric' && result.metric !== key) continue;
      rows.push({
        dataset,
        method: result.method,
        metric: result.metric,
        value: result.value,
        paper: result.paper,
      });
      if (rows.length >= limit) return rows;
    }
  }
  return rows;
}

/** Datasets next to a node, or next to the papers that mention it (the first few hundred). */
function nearbyDatasets(graph: PaperGraph, key: string): Set<string> {
  const found = new Set<string>();
  let papers = 0;
  graph.forEachNeighbor(key, (other, attrs) => {
    if (attrs.kind === 'dataset') found.add(other);
    if (attrs.kind !== 'paper' || papers++ > PAPER_SCAN_LIMIT) return;
    graph.forEachNeighbor(other, (next, nextAttrs) => {
      if (nextAttrs.kind === 'dataset') found.add(next);
    });
  });
  return found;
}
