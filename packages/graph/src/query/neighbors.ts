// Neighbour query: the nodes linked to one node, optionally of one kind, strongest first, with
// the kinds of edges that link them ("Which datasets is Mamba evaluated on?").
import { GraphError } from '../errors';
import type { EdgeKind, NodeKind, PaperGraph } from '../schema';

export interface NeighborOptions {
  kind?: NodeKind;
  /** At most this many rows. Default: all. */
  limit?: number;
}

export interface Neighbor {
  id: string;
  kind: NodeKind;
  label: string;
  /** Sum of the weights of the edges to it. */
  weight: number;
  /** Edge kinds linking the two nodes, sorted. */
  edges: EdgeKind[];
}

export function neighbors(
  graph: PaperGraph,
  id: string,
  options: NeighborOptions = {},
): Neighbor[] {
  if (!graph.hasNode(id)) {
    throw new GraphError(
      'UNKNOWN_NODE',
      `neighbors: no node "${id}". Resolve names with resolveNode first.`,
    );
  }
  const rows = new Map<string, { weight: number; edges: Set<EdgeKind> }>();
  graph.forEachEdge(id, (_key, a, source, target) => {
    const other = source === id ? target : source;
    if (options.kind !== undefined && graph.getNodeAttribute(other, 'kind') !== options.kind)
      return;
    const row = rows.get(other) ?? { weight: 0, edges: new Set<EdgeKind>() };
    rows.set(other, row);
    row.weight += a.weight;
    row.edges.add(a.kind);
  });
  const result = [...rows].map(([other, row]) => ({
    id: other,
    kind: graph.getNodeAttribute(other, 'kind'),
    label: graph.getNodeAttribute(other, 'label'),
    weight: row.weight,
    edges: [...row.edges].sort(),
  }));
  result.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  return options.limit === undefined ? result : result.slice(0, options.limit);
}
