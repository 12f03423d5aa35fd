// The big-graph plan. Sigma slows down above about 10^4 visible nodes, so a large graph is
// drawn through a budget: the entities in the most papers first (papers hidden), and on
// demand the neighbourhood of what is selected or on a path, papers included. Small graphs
// are drawn whole. Search, details, paths and export always use the full graph.
import Graph from 'graphology';
import type { EdgeAttributes, PaperGraph } from '../schema';

export interface DrawBudget {
  /** Most nodes drawn before the budget applies (and how many the base keeps). */
  maxNodes: number;
  /** Most edges drawn in the base. */
  maxEdges: number;
  /** Most neighbours pinned around one selected node. */
  maxPinnedNeighbours: number;
}

export const DRAW_BUDGET: DrawBudget = {
  maxNodes: 8000,
  maxEdges: 20000,
  maxPinnedNeighbours: 300,
};

export function needsBudget(graph: PaperGraph, budget: DrawBudget = DRAW_BUDGET): boolean {
  return graph.order > budget.maxNodes || graph.size > budget.maxEdges * 2;
}

interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attrs: EdgeAttributes;
}

/** Relations carry the meaning, then co-occurrence by weight; mentions only come with papers. */
function edgeRank(attrs: EdgeAttributes): number {
  if (attrs.kind === 'mentions') return 0;
  if (attrs.kind === 'cooccurs') return attrs.weight;
  return 1e9 + attrs.weight;
}

/** The graph sigma draws for a large dataset; `pin` adds a neighbourhood to it. */
export class BudgetedView {
  readonly base: Set<string>;
  private readonly baseEdges: EdgeEntry[];

  constructor(
    private readonly full: PaperGraph,
    private readonly budget: DrawBudget = DRAW_BUDGET,
  ) {
    const entities = full.filterNodes((_key, attrs) => attrs.kind !== 'paper');
    const score = (key: string): number => {
      const attrs = full.getNodeAttributes(key);
      return attrs.kind === 'paper' ? 0 : attrs.paperCount + attrs.centrality;
    };
    entities.sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
    this.base = new Set(entities.slice(0, budget.maxNodes));
    const edges: EdgeEntry[] = [];
    for (const source of this.base) {
      full.forEachOutEdge(source, (key, attrs, _source, target) => {
        if (this.base.has(target)) edges.push({ key, source, target, attrs });
      });
    }
    edges.sort((a, b) => edgeRank(b.attrs) - edgeRank(a.attrs) || (a.key < b.key ? -1 : 1));
    this.baseEdges = edges.slice(0, budget.maxEdges);
  }

  /** Nodes to add around an anchor: its neighbours, the most connected first, capped. */
  neighbourhood(anchor: string): string[] {
    if (!this.full.hasNode(anchor)) return [];
    const around = this.full.neighbors(anchor);
    around.sort((a, b) => this.full.degree(b) - this.full.degree(a) || (a < b ? -1 : 1));
    return [anchor, ...around.slice(0, this.budget.maxPinnedNeighbours)];
  }

  /** A fresh graph: the base, the pinned nodes, and every edge among pinned and drawn nodes. */
  build(pinned: Iterable<string>): PaperGraph {
    const view = new Graph({
      type: this.full.type,
      multi: this.full.multi,
    }) as unknown as PaperGraph;
    for (const key of this.base) view.addNode(key, this.full.getNodeAttributes(key));
    const extra: string[] = [];
    for (const key of pinned) {
      if (!this.full.hasNode(key) || view.hasNode(key)) continue;
      view.addNode(key, this.full.getNodeAttributes(key));
      extra.push(key);
    }
    for (const { key, source, target, attrs } of this.baseEdges)
      copyEdge(this.full, view, key, source, target, attrs);
    const pinnedSet = new Set(pinned);
    for (const node of pinnedSet) {
      if (!this.full.hasNode(node)) continue;
      this.full.forEachEdge(node, (key, attrs, source, target) => {
        if (view.hasEdge(key) || !view.hasNode(source) || !view.hasNode(target)) return;
        // Around a pinned node, only the edges to other pinned nodes: enough to read it.
        if (!pinnedSet.has(source) || !pinnedSet.has(target)) return;
        copyEdge(this.full, view, key, source, target, attrs);
      });
    }
    return view;
  }
}

function copyEdge(
  full: PaperGraph,
  view: PaperGraph,
  key: string,
  source: string,
  target: string,
  attrs: EdgeAttributes,
): void {
  if (full.isDirected(key)) view.addDirectedEdgeWithKey(key, source, target, attrs);
  else view.addUndirectedEdgeWithKey(key, source, target, attrs);
}
