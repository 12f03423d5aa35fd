// Step 7: group candidate spans into the paper's entities. Spans with the same
// type and fold key are one entity; an acronym defined here pulls its bare uses
// into its long form's entity ("ViT" → "Vision Transformer"). Efficiency
// measures named only in passing are left out (`07-metric-gate`), and so are
// definitions of things of none of the four types ("Directed Acyclic Graph (DAG)"),
// and bare task heads used as modifiers (`07-head-gate`: "segmentation accuracy").
import { foldKey } from '../normalise';
import { ENTITY_TYPES, type EntityType, type Mention } from '../types';
import type { Candidate, LocalEntity } from './model';
import { keepBareHead, namedHeads } from './07-head-gate';
import { passingMetrics } from './07-metric-gate';
import { keepUmbrellaMethod } from './07-method-gate';
import { keepMethodPhrase } from './07-method-phrase-gate';
import { keepShortAcronym } from './07-method-short-gate';
import { keepMethodLabel } from './07-method-label-gate';
import { keepMethodWord } from './07-method-word-gate';
import { keepMethodAfterNumber } from './07-method-unit-gate';
import { keepMethodLongForm } from './07-method-long-form-gate';
import { definedForms } from './03-acronyms';
import { contextTypes } from './07-context-type';
import { NON_ENTITY_HEADS } from '../lexicon/cues';
import { lookup } from '../lexicon';

export interface Grouped {
  entities: LocalEntity[];
  /** The entity index of each candidate, in the order given. */
  entityOf: number[];
}

export function groupEntities(candidates: Candidate[]): Grouped {
  const entities: LocalEntity[] = [];
  const byKey = new Map<string, number>();
  // Each candidate's surface, its fold key and its "type|name key", computed once.
  const surfaces: string[] = [];
  const surfaceKeys: string[] = [];
  const nameKeys: string[] = [];
  for (const c of candidates) {
    const surface = surfaceOf(c);
    const sKey = foldKey(surface);
    surfaces.push(surface);
    surfaceKeys.push(sKey);
    nameKeys.push(`${c.type}|${c.name === surface ? sKey : foldKey(c.name)}`);
  }
  // Short forms defined in this paper: fold key of "ViT" → entity key.
  const aliasKey = new Map<string, string>();
  candidates.forEach((c, k) => {
    if (c.short !== undefined) aliasKey.set(foldKey(c.short), nameKeys[k] ?? '');
  });
  // Lexicon surfaces win over shape guesses of another type ("MoE" seen typed).
  const typedSurface = new Map<string, string>();
  candidates.forEach((c, k) => {
    if (c.source === 'lexicon' || c.source === 'variant' || c.source === 'acronym') {
      typedSurface.set(surfaceKeys[k] ?? '', nameKeys[k] ?? '');
    }
  });
  // A name its context types in one mention ("the TextBraTS dataset", "on MLVU") keeps that
  // type where no context speaks ("To build TextBraTS, …"): `07-context-type`.
  const contextTyped = contextTypes(candidates, surfaceKeys, nameKeys);
  // Definitions of things that are none of the four types ("Directed Acyclic Graph (DAG)").
  const notEntities = new Set<string>();
  candidates.forEach((c, k) => {
    if (c.source === 'acronym' && c.type === 'method' && c.short !== undefined) {
      const head = /([\p{L}]+)\W*$/u.exec(c.name)?.[1]?.toLowerCase() ?? '';
      if (NON_ENTITY_HEADS.has(head) && lookup(c.name) === undefined)
        notEntities.add(nameKeys[k] ?? '');
    }
  });
  const entityOf: number[] = [];
  const passing = passingMetrics(candidates);
  const defined = definedForms(candidates);
  const heads = namedHeads(candidates);
  candidates.forEach((c, k) => {
    if (
      passing.has(c) ||
      !keepBareHead(c, candidates[k - 1], heads) ||
      !keepUmbrellaMethod(c, defined.longs) ||
      !keepMethodPhrase(c) ||
      !keepShortAcronym(c, defined.shorts) ||
      !keepMethodLabel(c) ||
      !keepMethodWord(c) ||
      !keepMethodAfterNumber(c) ||
      !keepMethodLongForm(c)
    ) {
      entityOf.push(-1);
      return;
    }
    const surface = surfaces[k] ?? '';
    const sKey = surfaceKeys[k] ?? '';
    let key = nameKeys[k] ?? '';
    if (c.source === 'shape' || c.source === 'title' || c.source === 'lexicon') {
      key =
        aliasKey.get(sKey) ??
        (c.source === 'lexicon'
          ? key
          : (typedSurface.get(sKey) ?? (c.typed ? key : (contextTyped.get(sKey) ?? key))));
    }
    if (key.endsWith('|') || notEntities.has(key)) {
      entityOf.push(-1);
      return;
    }
    let index = byKey.get(key);
    const mention: Mention = { field: c.doc.field, start: c.start, end: c.end, text: surface };
    if (index === undefined) {
      index = entities.length;
      byKey.set(key, index);
      const bar = key.indexOf('|');
      const entity: LocalEntity = {
        type: entityType(key.slice(0, bar)),
        name: c.name,
        key: key.slice(bar + 1),
        surfaces: [],
        mentions: [],
        role: 'used',
        confidence: c.confidence,
        lexical: c.source === 'lexicon',
      };
      entities.push(entity);
    }
    const entity = entities[index];
    if (entity === undefined) return;
    if (c.source === 'acronym' && c.short !== undefined) {
      entity.short = c.short;
      if (!entity.lexical) entity.name = c.name;
    }
    if (c.family !== undefined) entity.family = c.family;
    if (c.source === 'lexicon') entity.lexical = true;
    entity.confidence = Math.min(0.99, Math.max(entity.confidence, c.confidence) + 0.02);
    if (!entity.surfaces.includes(surface)) entity.surfaces.push(surface);
    entity.mentions.push(mention);
    entityOf.push(index);
  });
  return { entities, entityOf };
}

/**
 * The type named at the head of an entity key, as the shared constant: a string sliced
 * from the key is a fresh object, and later property look-ups keyed by it are slow.
 */
function entityType(name: string): EntityType {
  return ENTITY_TYPES.find((t) => t === name) ?? 'method';
}

function surfaceOf(c: Candidate): string {
  return c.doc.text.slice(c.start, c.end);
}
