// What the explorer draws for a path found by @papergraph/graph's `findPaths`: the keys of
// the graph edges behind its hops (the query names them by endpoints and kind).
import type { Path, PaperGraph } from '@papergraph/graph';

export function pathEdgeKeys(graph: PaperGraph, path: Path): string[] {
  const keys: string[] = [];
  for (const hop of path.edges) {
    if (!graph.hasNode(hop.source) || !graph.hasNode(hop.target)) continue;
    const key = graph
      .edges(hop.source, hop.target)
      .find((edge) => graph.getEdgeAttribute(edge, 'kind') === hop.kind);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

export function pathNodeKeys(path: Path): string[] {
  return path.nodes.map((node) => node.id);
}
