// Public API of @papergraph/extractor: abstract → entities, relations, results.
// `analyse` is the per-paper work (pure, cacheable, worker-friendly);
// `resolve` is the cheap corpus-level pass that makes ids canonical.
import { analyse } from './analyse';
import { resolve } from './resolve';
import type { Extraction, PaperText } from './types';

export { analyse } from './analyse';
export { resolve } from './resolve';
export { entityId, foldKey, slugify } from './normalise';
export { ENTITY_TYPES, RELATION_TYPES } from './types';
export type {
  Entity,
  EntityType,
  Extraction,
  Field,
  Mention,
  PaperText,
  Relation,
  RelationType,
  Result,
  Role,
  Span,
} from './types';
export type { PaperAnalysis, LocalEntity, LocalRelation, LocalResult } from './analyse';

/** Extract a whole corpus: ids are canonical across all the papers given. */
export function extractCorpus(papers: PaperText[]): Extraction[] {
  return resolve(papers.map((paper) => analyse(paper)));
}

/** Extract one paper (a corpus of one). */
export function extract(paper: PaperText): Extraction {
  return extractCorpus([paper])[0] ?? { entities: [], relations: [], results: [] };
}
