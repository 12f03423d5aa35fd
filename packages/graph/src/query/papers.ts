// Papers query: the papers behind an entity (those that mention it) or behind an edge (its
// evidence), newest first, each with the sentence that links it.
import { GraphError } from '../errors';
import type { PaperGraph } from '../schema';
import { evidenceText } from './evidence';

export interface PaperRow {
  id: string;
  title: string;
  date?: string;
  /** For an entity's papers: whether the paper proposes it or uses it (methods). */
  role?: 'proposed' | 'used';
  /** The first sentence of the paper behind the link. */
  sentence?: string;
}

/** `id` is a node id or an edge key (`outperforms:method:a->method:b`). */
export function papersOf(graph: PaperGraph, id: string): PaperRow[] {
  const rows = new Map<string, PaperRow>();
  if (graph.hasNode(id)) {
    const node = graph.getNodeAttributes(id);
    if (node.kind === 'paper') return [row(graph, id)];
    graph.forEachInEdge(id, (_key, a, source) => {
      if (a.kind !== 'mentions' || rows.has(source)) return;
      const first = a.evidence[0];
      rows.set(source, {
        ...row(graph, source),
        role: a.role,
        ...(first ? { sentence: evidenceText(graph, first).sentence } : {}),
      });
    });
  } else if (graph.hasEdge(id)) {
    const a = graph.getEdgeAttributes(id);
    if ('evidence' in a) {
      for (const evidence of a.evidence) {
        if (rows.has(evidence.paper) || !graph.hasNode(evidence.paper)) continue;
        rows.set(evidence.paper, {
          ...row(graph, evidence.paper),
          sentence: evidenceText(graph, evidence).sentence,
        });
      }
    }
  } else {
    throw new GraphError(
      'UNKNOWN_NODE',
      `papersOf: no node or edge "${id}". Resolve names with resolveNode first.`,
    );
  }
  return [...rows.values()].sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.title.localeCompare(b.title) ||
      (a.id < b.id ? -1 : 1),
  );
}

function row(graph: PaperGraph, id: string): PaperRow {
  const a = graph.getNodeAttributes(id);
  if (a.kind !== 'paper') return { id, title: a.label };
  return a.date === undefined ? { id, title: a.title } : { id, title: a.title, date: a.date };
}
