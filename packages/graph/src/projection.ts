// The entity graph that analytics and layout work on: entities only, one undirected edge per
// pair, weighted by shared papers plus relation evidence. Papers are placed and coloured from
// their entities afterwards, which keeps the costly steps independent of the number of papers.
import { UndirectedGraph } from 'graphology';
import type { PaperGraph } from './schema';

export interface ProjectionNode {
  x: number;
  y: number;
}

export interface ProjectionEdge {
  weight: number;
}

export type EntityProjection = UndirectedGraph<ProjectionNode, ProjectionEdge>;

/** Builds the projection over the entities that `keep` accepts (all of them by default). */
export function entityProjection(
  graph: PaperGraph,
  keep: (id: string) => boolean = () => true,
): EntityProjection {
  const projection: EntityProjection = new UndirectedGraph<ProjectionNode, ProjectionEdge>();
  graph.forEachNode((id, attributes) => {
    if (attributes.kind !== 'paper' && keep(id)) projection.addNode(id, { x: 0, y: 0 });
  });
  graph.forEachEdge((_key, attributes, source, target) => {
    if (attributes.kind === 'mentions') return;
    if (!projection.hasNode(source) || !projection.hasNode(target)) return;
    const existing = projection.edge(source, target);
    if (existing === undefined) projection.addEdge(source, target, { weight: attributes.weight });
    else projection.updateEdgeAttribute(existing, 'weight', (w = 0) => w + attributes.weight);
  });
  return projection;
}
