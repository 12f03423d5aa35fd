// Step 7: group candidate spans into the paper's entities. Spans with the same
// type and fold key are one entity; an acronym defined here pulls its bare uses
// into its long form's entity ("ViT" → "Vision Transformer"). Efficiency
// measures named only in passing are left out (`07-metric-gate`), and so are
// definitions of things of none of the four types ("Directed Acyclic Graph (DAG)"),
// and bare task heads used as modifiers (`07-head-gate`: "segmentation accuracy").
import { foldKey } from '../normalise';
import type { Mention } from '../types';
import type { Candidate, LocalEntity } from './model';
import { keepBareHead } from './07-head-gate';
import { keepEvaluatedMetrics } from './07-metric-gate';
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
  // Short forms defined in this paper: fold key of "ViT" → entity key.
  const aliasKey = new Map<string, string>();
  for (const c of candidates) {
    if (c.short !== undefined) aliasKey.set(foldKey(c.short), `${c.type}|${foldKey(c.name)}`);
  }
  // Lexicon surfaces win over shape guesses of another type ("MoE" seen typed).
  const typedSurface = new Map<string, string>();
  for (const c of candidates) {
    if (c.source === 'lexicon' || c.source === 'variant' || c.source === 'acronym') {
      typedSurface.set(foldKey(surfaceOf(c)), `${c.type}|${foldKey(c.name)}`);
    }
  }
  // Definitions of things that are none of the four types ("Directed Acyclic Graph (DAG)").
  const notEntities = new Set<string>();
  for (const c of candidates) {
    if (c.source === 'acronym' && c.type === 'method' && c.short !== undefined) {
      const head = /([\p{L}]+)\W*$/u.exec(c.name)?.[1]?.toLowerCase() ?? '';
      if (NON_ENTITY_HEADS.has(head) && lookup(c.name) === undefined)
        notEntities.add(`${c.type}|${foldKey(c.name)}`);
    }
  }
  const entityOf: number[] = [];
  const kept = keepEvaluatedMetrics(candidates);
  for (const c of candidates) {
    if (!kept.has(c) || !keepBareHead(c)) {
      entityOf.push(-1);
      continue;
    }
    const surface = surfaceOf(c);
    const sKey = foldKey(surface);
    let key = `${c.type}|${foldKey(c.name)}`;
    if (c.source === 'shape' || c.source === 'title' || c.source === 'lexicon') {
      key = aliasKey.get(sKey) ?? (c.source === 'lexicon' ? key : (typedSurface.get(sKey) ?? key));
    }
    if (key.endsWith('|') || notEntities.has(key)) {
      entityOf.push(-1);
      continue;
    }
    let index = byKey.get(key);
    const mention: Mention = { field: c.doc.field, start: c.start, end: c.end, text: surface };
    if (index === undefined) {
      index = entities.length;
      byKey.set(key, index);
      const bar = key.indexOf('|');
      const entity: LocalEntity = {
        type: key.slice(0, bar) as LocalEntity['type'],
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
    if (entity === undefined) continue;
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
  }
  return { entities, entityOf };
}

function surfaceOf(c: Candidate): string {
  return c.doc.text.slice(c.start, c.end);
}
