// The data `analyse` passes between its steps, and the serialisable
// `PaperAnalysis` it returns for `resolve` (and for the CLI's cache).
import type { Atom } from '../text/tokenise';
import type { Sentence } from '../text/sentences';
import type { EntityType, Field, Mention, RelationType, Role, Span } from '../types';

/** One field of the paper, tokenised. */
export interface FieldDoc {
  field: Field;
  text: string;
  atoms: Atom[];
  sentences: Sentence[];
  /** The text between atom i-1 and atom i (from the start of the text for atom 0). */
  gaps: string[];
  /** Index into `sentences` for each atom. */
  sentenceOfAtom: number[];
}

export type CandidateSource = 'lexicon' | 'variant' | 'acronym' | 'shape' | 'phrase' | 'title';

/** A typed span found by one of the steps, before spans are grouped into entities. */
export interface Candidate {
  doc: FieldDoc;
  /** Atom range, end exclusive. */
  a0: number;
  a1: number;
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name proposed by the step (lexicon name, long form, or the surface). */
  name: string;
  source: CandidateSource;
  confidence: number;
  /** Type came from the lexicon, a definition or a context cue, not a default. */
  typed: boolean;
  family?: string;
  /** For acronym definitions: the short form this long form defines, and vice versa. */
  short?: string;
}

/** An entity as one paper sees it; `resolve` turns it into a corpus-wide `Entity`. */
export interface LocalEntity {
  type: EntityType;
  name: string;
  /** Fold key of `name`: entities with equal (type, key) are one. */
  key: string;
  surfaces: string[];
  mentions: Mention[];
  role: Role;
  confidence: number;
  /** From the lexicon: the name is already canonical. */
  lexical: boolean;
  /** Family canonical name, for variants ("ResNet" for "ResNet-50"). */
  family?: string;
  /** Acronym defined for this entity in this paper. */
  short?: string;
}

export interface LocalRelation {
  type: RelationType;
  source: number;
  target: number;
  evidence: Span;
  rule: string;
}

export interface LocalResult {
  method: number;
  dataset: number;
  metric: number;
  value: string;
  evidence: Span;
}

/** What `analyse` returns: plain JSON, so it can be cached and sent across workers. */
export interface PaperAnalysis {
  entities: LocalEntity[];
  relations: LocalRelation[];
  results: LocalResult[];
}
