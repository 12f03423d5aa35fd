// Path finder for the explorer: the shortest chain of edges between two nodes, each hop
// with the sentence behind it. Co-occurrence edges are skipped because they carry no
// sentence; direction is ignored ("how is this connected to that?").
import type { EdgeAttributes, PaperGraph } from '@papergraph/graph';
import { evidenceSentence, type EvidenceText } from './evidence';

export interface Hop {
  from: string;
  to: string;
  edge: string;
  kind: EdgeAttributes['kind'];
  evidence: EvidenceText | null;
}

export function shortestPath(graph: PaperGraph, from: string, to: string): Hop[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return [];
  const via = new Map<string, { node: string; edge: string }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0 && !seen.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, attrs, source, target) => {
        if (attrs.kind === 'cooccurs') return;
        const other = source === node ? target : source;
        if (seen.has(other)) return;
        seen.add(other);
        via.set(other, { node, edge });
        next.push(other);
      });
    }
    frontier = next;
  }
  if (!seen.has(to)) return null;
  const hops: Hop[] = [];
  for (let node = to; node !== from;) {
    const step = via.get(node);
    if (step === undefined) return null;
    const attrs = graph.getEdgeAttributes(step.edge);
    const first = attrs.kind === 'cooccurs' ? undefined : attrs.evidence[0];
    hops.push({
      from: step.node,
      to: node,
      edge: step.edge,
      kind: attrs.kind,
      evidence: first === undefined ? null : evidenceSentence(graph, first),
    });
    node = step.node;
  }
  return hops.reverse();
}
