// The extractor's output contract: what `papergraph extract` prints, one JSON
// object per paper (see PRODUCT.md). Every other package reads these types.

export const ENTITY_TYPES = ['method', 'dataset', 'metric', 'task'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'evaluated_on',
  'measured_by',
  'addresses',
  'outperforms',
  'compared_with',
  'builds_on',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Which text of the paper an offset points into. */
export type Field = 'title' | 'abstract';

/** A UTF-16 range of `paper[field]`: `paper[field].slice(start, end)`. */
export interface Span {
  field: Field;
  start: number;
  end: number;
}

/** One occurrence of an entity; `paper[field].slice(start, end) === text`. */
export interface Mention extends Span {
  text: string;
}

export type Role = 'proposed' | 'used';

export interface Entity {
  /** Canonical across the corpus: `${type}:${slug}`, e.g. `method:vision-transformer`. */
  id: string;
  type: EntityType;
  /** Canonical display name. */
  name: string;
  /** Other surface forms seen for this entity in this paper (and corpus-level ones). */
  aliases: string[];
  /** Methods only: the paper's own contribution or something it uses. */
  role?: Role;
  mentions: Mention[];
  /** 0..1 */
  confidence: number;
  /** For a named variant ("ResNet-50"), the id of its family ("method:resnet"). */
  family?: string;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  /** The sentence that states the relation. */
  evidence: Span;
  /** Id of the pattern that produced it (provenance). */
  rule: string;
}

export interface Result {
  method: string;
  dataset: string;
  metric: string;
  /** As written in the text: "85.7%", "0.92", "+3.1 BLEU". */
  value: string;
  evidence: Span;
}

/** What the extractor finds in one paper. */
export interface Extraction {
  entities: Entity[];
  relations: Relation[];
  results: Result[];
}

/** The text the extractor reads. */
export interface PaperText {
  title: string;
  abstract: string;
}
