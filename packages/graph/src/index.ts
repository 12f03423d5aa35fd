// Public API of @papergraph/graph (listed by hand).
export type { ExtractedPaper } from './paper';
export { NODE_KINDS, EDGE_KINDS, KIND_COLORS } from './schema';
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
  GraphAttributes,
  PaperGraph,
} from './schema';
