// Public API of @papergraph/graph (listed by hand). Pure: no DOM, no Node built-ins, so the
// CLI and the explorer's Web Worker share it.
export type { ExtractedPaper } from './paper';
export { toExtractedPaper } from './paper';
export { NODE_KINDS, EDGE_KINDS, KIND_COLORS, SCHEMA_VERSION } from './schema';
export type {
  NodeKind,
  EntityKind,
  EdgeKind,
  NodeAttributes,
  PaperNodeAttributes,
  EntityNodeAttributes,
  EdgeAttributes,
  MentionsEdgeAttributes,
  RelationEdgeAttributes,
  CooccursEdgeAttributes,
  Evidence,
  ResultEntry,
  GraphAttributes,
  PaperGraph,
} from './schema';
export { GraphError } from './errors';
export type { GraphErrorCode } from './errors';

// Building: link → analytics → layout.
export { buildGraph } from './build';
export type { BuildOptions } from './build';
export { linkPapers, paperNodeId, edgeKey, LINK_DEFAULTS } from './link';
export type { LinkOptions } from './link';
export { computeAnalytics, ANALYTICS_DEFAULTS } from './analytics';
export type { AnalyticsOptions, Analytics, NodeAnalytics } from './analytics';
export { layout, LAYOUT_DEFAULTS } from './layout';
export type { LayoutOptions, Positions, Point } from './layout';

// Serialisers. The *Chunks variants stream large graphs.
export { toJSON, fromJSON, jsonChunks } from './serialize/json';
export { toGEXF, gexfChunks } from './serialize/gexf';
export type { GexfOptions } from './serialize/gexf';
export { toGraphML, graphmlChunks } from './serialize/graphml';
export { toCSV } from './serialize/csv';

// Queries: plain data in, plain data out.
export { resolveNode, nameKey } from './query/resolve';
export type { Resolution, Suggestion } from './query/resolve';
export { findPaths, PATH_DEFAULTS } from './query/paths';
export type { Path, PathNode, PathEdge, PathOptions } from './query/paths';
export { neighbors } from './query/neighbors';
export type { Neighbor, NeighborOptions } from './query/neighbors';
export { papersOf } from './query/papers';
export type { PaperRow } from './query/papers';
export { leaderboard } from './query/leaderboard';
export type { Leaderboard, LeaderboardTable, LeaderboardRow } from './query/leaderboard';
export { newSince } from './query/new-since';
export type { NewSince, NewEntity } from './query/new-since';
export { evidenceText } from './query/evidence';
export type { EvidenceText } from './query/evidence';
export { BudgetedView, DRAW_BUDGET, needsBudget } from './view/draw-budget';
export type { DrawBudget } from './view/draw-budget';
export { graphFrame, previewGraph, previewInfo } from './view/preview-graph';
export type { Frame, PreviewInfo } from './view/preview-graph';
