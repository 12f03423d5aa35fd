// The graph schema: node kinds, edge kinds and their attributes. Everything
// that builds, queries, exports or draws the graph imports these types.
import type { AbstractGraph } from 'graphology-types';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
  type Role,
  type Span,
} from '@papergraph/extractor/types';

/** Bumped when attributes change meaning. */
export const SCHEMA_VERSION = 1;

/** A node per paper and per entity of each type the extractor finds. */
export const NODE_KINDS = ['paper', ...ENTITY_TYPES] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export type EntityKind = EntityType;

/** Colours by kind (also written to GEXF viz:color). */
export const KIND_COLORS: Record<NodeKind, string> = {
  paper: '#9aa0a6',
  method: '#4e79a7',
  dataset: '#f28e2b',
  metric: '#59a14f',
  task: '#b07aa1',
};

/** Paper → entity, entity ↔ entity by shared papers, and the extractor's relations. */
export const EDGE_KINDS = ['mentions', 'cooccurs', ...RELATION_TYPES] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Attributes every node has: what sigma draws plus the precomputed analytics. */
export interface BaseNodeAttributes {
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  community: number;
  centrality: number;
}

export interface PaperNodeAttributes extends BaseNodeAttributes {
  kind: 'paper';
  title: string;
  abstract: string;
  /** ISO date when known. */
  date?: string;
  /** Date as written when there is no year ("Apr 3"). */
  dateText?: string;
  /** The lists it appeared in. */
  lists: string[];
  url?: string;
}

export interface EntityNodeAttributes extends BaseNodeAttributes {
  kind: EntityKind;
  aliases: string[];
  paperCount: number;
  /** Earliest ISO date of a paper mentioning it, when dates are known. */
  firstSeen?: string;
  /** For a named variant, the id of its family. */
  family?: string;
  /**
   * Datasets only: the results papers report on this dataset (method, metric, value), in
   * paper input order. Read by `leaderboard`.
   */
  results?: ResultEntry[];
}

/** One reported number: `method` scores `value` in `metric` on the dataset that holds it. */
export interface ResultEntry {
  /** Node id of the paper that reports it. */
  paper: string;
  method: string;
  metric: string;
  /** As written ("85.7%", "0.92"). */
  value: string;
  evidence: Span;
}

export type NodeAttributes = PaperNodeAttributes | EntityNodeAttributes;

/** The paper and sentence behind an edge. */
export interface Evidence extends Span {
  paper: string;
}

export interface MentionsEdgeAttributes {
  kind: 'mentions';
  role: Role;
  evidence: Evidence[];
  weight: number;
}

export interface RelationEdgeAttributes {
  kind: RelationType;
  evidence: Evidence[];
  rules: string[];
  weight: number;
}

export interface CooccursEdgeAttributes {
  kind: 'cooccurs';
  /** Number of shared papers. Stored once per pair, from the smaller id to the larger. */
  weight: number;
}

export type EdgeAttributes =
  MentionsEdgeAttributes | RelationEdgeAttributes | CooccursEdgeAttributes;

export interface GraphAttributes {
  name: string;
  /** Version of this schema, bumped when attributes change meaning. */
  schema: number;
}

export type PaperGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
