// Filters are plain, serialisable data (they live in the URL). This module says which
// nodes and edges of the dataset pass them: step 2 of dataset → filtered → styled → sigma.
import type { EdgeAttributes, NodeAttributes, NodeKind, PaperGraph } from '@papergraph/graph';

export type EdgeGroup = 'mentions' | 'relations' | 'cooccurs';

export interface Filters {
  /** Node kinds shown. */
  kinds: Record<NodeKind, boolean>;
  /** Edge groups shown. */
  edges: Record<EdgeGroup, boolean>;
  /** ISO dates, inclusive; papers by `date`, entities by `firstSeen`. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Entities mentioned by fewer papers are hidden. */
  minPapers: number;
  /** Communities shown; null shows all. */
  communities: number[] | null;
}

export const DEFAULT_FILTERS: Filters = {
  kinds: { paper: true, method: true, dataset: true, metric: true, task: true },
  edges: { mentions: true, relations: true, cooccurs: true },
  dateFrom: null,
  dateTo: null,
  minPapers: 1,
  communities: null,
};

export function edgeGroup(kind: EdgeAttributes['kind']): EdgeGroup {
  if (kind === 'mentions' || kind === 'cooccurs') return kind;
  return 'relations';
}

function inRange(date: string | undefined, filters: Filters): boolean {
  if (filters.dateFrom === null && filters.dateTo === null) return true;
  // A node without a date cannot be shown to fall inside a range, so a range hides it.
  if (date === undefined) return false;
  if (filters.dateFrom !== null && date < filters.dateFrom) return false;
  if (filters.dateTo !== null && date > filters.dateTo) return false;
  return true;
}

export function nodePasses(attrs: NodeAttributes, filters: Filters): boolean {
  if (!filters.kinds[attrs.kind]) return false;
  if (filters.communities !== null && !filters.communities.includes(attrs.community)) return false;
  if (attrs.kind === 'paper') return inRange(attrs.date, filters);
  if (attrs.paperCount < filters.minPapers) return false;
  return inRange(attrs.firstSeen, filters);
}

export function edgePasses(attrs: EdgeAttributes, filters: Filters): boolean {
  return filters.edges[edgeGroup(attrs.kind)];
}

/** The keys of the nodes that pass the filters. */
export function visibleNodes(graph: PaperGraph, filters: Filters): Set<string> {
  const visible = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (nodePasses(attrs, filters)) visible.add(key);
  });
  return visible;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
