// What the browser tests need to know about the served graph, read in Node from the same
// file: names to search for, a pair of entities with a path, a dataset with results.
import { readFileSync } from 'node:fs';
import { findPaths, fromJSON, type PaperGraph } from '@papergraph/graph';

export interface GraphFacts {
  graph: PaperGraph;
  papers: number;
  /** The entity in the most papers. */
  topEntity: { key: string; label: string };
  /** Two entities joined by a path of at least two hops. */
  pathPair: [string, string];
  /** A dataset with extracted results, if any. */
  boardDataset: string | null;
}

export function graphFacts(file: string): GraphFacts {
  const graph = fromJSON(readFileSync(file, 'utf8'));
  const entities = graph
    .filterNodes((_key, attrs) => attrs.kind !== 'paper')
    .sort((a, b) => {
      const x = graph.getNodeAttributes(a);
      const y = graph.getNodeAttributes(b);
      const count = (attrs: typeof x): number => (attrs.kind === 'paper' ? 0 : attrs.paperCount);
      return count(y) - count(x) || a.localeCompare(b);
    });
  const top = entities[0];
  if (top === undefined) throw new Error(`graphFacts: ${file} has no entities`);
  let pathPair: [string, string] | null = null;
  for (const other of entities.slice(1, 200)) {
    const [path] = findPaths(graph, top, other, { k: 1 });
    if (path !== undefined && path.edges.length >= 2) {
      pathPair = [top, other];
      break;
    }
  }
  if (pathPair === null) throw new Error(`graphFacts: no two-hop path from ${top} in ${file}`);
  const boardDataset =
    entities.find((key) => {
      const attrs = graph.getNodeAttributes(key);
      return attrs.kind === 'dataset' && (attrs.results?.length ?? 0) > 0;
    }) ?? null;
  return {
    graph,
    papers: graph.filterNodes((_key, attrs) => attrs.kind === 'paper').length,
    topEntity: { key: top, label: graph.getNodeAttributes(top).label },
    pathPair,
    boardDataset,
  };
}
