// The nodes kept bright when a node is hovered or selected: the node and everything
// within `depth` hops of it (either direction), among the nodes currently visible.
import type { PaperGraph } from '@papergraph/graph';

export function neighborhood(
  graph: PaperGraph,
  node: string,
  depth: 1 | 2,
  visible?: ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>([node]);
  if (!graph.hasNode(node)) return seen;
  let frontier = [node];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const current of frontier) {
      graph.forEachNeighbor(current, (neighbor) => {
        if (seen.has(neighbor) || (visible !== undefined && !visible.has(neighbor))) return;
        seen.add(neighbor);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return seen;
}
