// Scoring for `pnpm eval`: paper-level entity P/R/F1 against the gold set (a
// predicted entity matches a gold one of the same type when any surface form
// of each agrees after normalising case, punctuation, hyphens/spaces and a
// plural "s"), role accuracy, result tuples, and relaxed (overlap)
// mention-level scores on public span-annotated sets, and relations against
// the relation gold kept beside the entity files (`data/gold/relations/`).
import type { Entity, EntityType, Extraction, PaperText, RelationType } from '../src/types';

export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  role?: 'proposed' | 'used';
}

export interface GoldResult {
  method: string;
  dataset: string;
  metric: string;
  value: string;
}

/** One relation of a paper's relation gold: canonical names of the paper's gold entities. */
export interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
}

/** A line of `data/gold/relations/<file>.jsonl`: the relations of one paper of `<file>.jsonl`. */
export interface GoldRelationLine {
  n: number;
  title: string;
  relations: GoldRelation[];
}

/** The entity type a relation points at: only methods are sources. */
export const RELATION_TARGET: Record<RelationType, EntityType> = {
  evaluated_on: 'dataset',
  measured_by: 'metric',
  addresses: 'task',
  outperforms: 'method',
  compared_with: 'method',
  builds_on: 'method',
};

export interface GoldPaper {
  n: number;
  split: 'dev' | 'test';
  title: string;
  abstract: string;
  entities: GoldEntity[];
  results: GoldResult[];
}

export interface Counts {
  /** Predictions that match a gold item. */
  tp: number;
  fp: number;
  /** Gold items matched by a prediction, and missed. */
  goldTp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
}

/** Case, punctuation, hyphens and spaces gone; a final plural "s" dropped. */
export function normaliseSurface(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return s.length > 3 && s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s;
}

export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function predictedSurfaces(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(normaliseSurface));
}

export function goldSurfaces(g: GoldEntity): Set<string> {
  return new Set([g.name, ...g.aliases].map(normaliseSurface));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export interface PaperScore {
  byType: Record<EntityType, Counts>;
  roleCorrect: number;
  roleTotal: number;
  /** Gold entities missed and predicted entities unmatched, for error analysis. */
  missed: GoldEntity[];
  spurious: Entity[];
}

export function scorePaper(predicted: Entity[], gold: GoldEntity[]): PaperScore {
  const byType = emptyCounts();
  let roleCorrect = 0;
  let roleTotal = 0;
  const goldSets = gold.map(goldSurfaces);
  const predSets = predicted.map(predictedSurfaces);
  const spurious: Entity[] = [];
  predicted.forEach((p, i) => {
    const k = gold.findIndex(
      (g, j) => g.type === p.type && intersects(predSets[i] ?? new Set(), goldSets[j] ?? new Set()),
    );
    if (k >= 0) {
      byType[p.type].tp++;
      const g = gold[k];
      if (p.type === 'method' && g?.role !== undefined) {
        roleTotal++;
        if ((p.role ?? 'used') === g.role) roleCorrect++;
      }
    } else {
      byType[p.type].fp++;
      spurious.push(p);
    }
  });
  const missed: GoldEntity[] = [];
  gold.forEach((g, j) => {
    const found = predicted.some(
      (p, i) => p.type === g.type && intersects(predSets[i] ?? new Set(), goldSets[j] ?? new Set()),
    );
    if (found) byType[g.type].goldTp++;
    else {
      byType[g.type].fn++;
      missed.push(g);
    }
  });
  return { byType, roleCorrect, roleTotal, missed, spurious };
}

export function emptyCounts(): Record<EntityType, Counts> {
  return {
    method: { tp: 0, fp: 0, goldTp: 0, fn: 0 },
    dataset: { tp: 0, fp: 0, goldTp: 0, fn: 0 },
    metric: { tp: 0, fp: 0, goldTp: 0, fn: 0 },
    task: { tp: 0, fp: 0, goldTp: 0, fn: 0 },
  };
}

/** P/R/F1 from counts: precision over predictions, recall over gold items. */
export function prf(c: Counts): Prf {
  const predicted = c.tp + c.fp;
  const gold = c.goldTp + c.fn;
  const precision = predicted === 0 ? 0 : c.tp / predicted;
  const recall = gold === 0 ? 0 : c.goldTp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, predicted, gold };
}

/**
 * The surface forms of a gold entity named in a result or relation, by canonical name and
 * type; a name the entity list lacks stands for itself.
 */
function goldNames(gold: GoldPaper): (name: string, type: EntityType) => Set<string> {
  return (name, type) => {
    const g = gold.entities.find((e) => e.type === type && e.name === name);
    return g === undefined ? new Set([normaliseSurface(name)]) : goldSurfaces(g);
  };
}

/** Matched predictions and gold items of two lists under one matching rule. */
function matchCounts<P, G>(predicted: P[], gold: G[], matches: (p: P, g: G) => boolean): Counts {
  const tp = predicted.filter((p) => gold.some((g) => matches(p, g))).length;
  const goldHit = gold.filter((g) => predicted.some((p) => matches(p, g))).length;
  return { tp, fp: predicted.length - tp, goldTp: goldHit, fn: gold.length - goldHit };
}

/** Result tuples: all three names agree (any surface form) and the values agree ignoring spaces. */
export function scoreResults(extraction: Extraction, gold: GoldPaper): Counts {
  const byId = new Map(extraction.entities.map((e) => [e.id, predictedSurfaces(e)]));
  const names = goldNames(gold);
  const value = (v: string): string => v.replace(/\s+/g, '').replace(/\\%/g, '%');
  return matchCounts(
    extraction.results,
    gold.results,
    (r, g) =>
      value(r.value) === value(g.value) &&
      intersects(byId.get(r.method) ?? new Set(), names(g.method, 'method')) &&
      intersects(byId.get(r.dataset) ?? new Set(), names(g.dataset, 'dataset')) &&
      intersects(byId.get(r.metric) ?? new Set(), names(g.metric, 'metric')),
  );
}

/**
 * Relations of one paper, by type: a predicted relation matches a gold one of its type when
 * its source and its target each share a surface form with the gold entity named there.
 */
export function scoreRelations(
  extraction: Extraction,
  gold: GoldPaper,
  relations: GoldRelation[],
): Record<RelationType, Counts> {
  const byId = new Map(extraction.entities.map((e) => [e.id, predictedSurfaces(e)]));
  const names = goldNames(gold);
  const out = {} as Record<RelationType, Counts>;
  for (const type of Object.keys(RELATION_TARGET) as RelationType[]) {
    out[type] = matchCounts(
      extraction.relations.filter((r) => r.type === type),
      relations.filter((g) => g.type === type),
      (r, g) =>
        intersects(byId.get(r.source) ?? new Set(), names(g.source, 'method')) &&
        intersects(byId.get(r.target) ?? new Set(), names(g.target, RELATION_TARGET[type])),
    );
  }
  return out;
}

/** Fraction of mentions whose offsets slice exactly their text. */
export function offsetValidity(
  papers: PaperText[],
  extractions: Extraction[],
): { valid: number; total: number } {
  let valid = 0;
  let total = 0;
  extractions.forEach((x, i) => {
    const paper = papers[i];
    if (paper === undefined) return;
    for (const e of x.entities) {
      for (const m of e.mentions) {
        total++;
        if (paper[m.field].slice(m.start, m.end) === m.text) valid++;
      }
    }
  });
  return { valid, total };
}

export interface SpanGold {
  type: EntityType;
  start: number;
  end: number;
}

/** Relaxed mention-level counts for one text: a prediction matches when it overlaps a gold span of its type. */
export function overlapCounts(predicted: SpanGold[], gold: SpanGold[]): Record<EntityType, Counts> {
  const byType = emptyCounts();
  const overlaps = (a: SpanGold, b: SpanGold): boolean =>
    a.type === b.type && a.start < b.end && b.start < a.end;
  for (const p of predicted) {
    if (gold.some((g) => overlaps(p, g))) byType[p.type].tp++;
    else byType[p.type].fp++;
  }
  for (const g of gold) {
    if (predicted.some((p) => overlaps(p, g))) byType[g.type].goldTp++;
    else byType[g.type].fn++;
  }
  return byType;
}

/** Add `b` into `a`, type by type. */
export function addCounts(a: Record<EntityType, Counts>, b: Record<EntityType, Counts>): void {
  for (const t of Object.keys(a) as EntityType[]) {
    a[t].tp += b[t].tp;
    a[t].fp += b[t].fp;
    a[t].goldTp += b[t].goldTp;
    a[t].fn += b[t].fn;
  }
}

/** All types together. */
export function total(counts: Record<EntityType, Counts>, types: EntityType[]): Counts {
  const out: Counts = { tp: 0, fp: 0, goldTp: 0, fn: 0 };
  for (const t of types) {
    out.tp += counts[t].tp;
    out.fp += counts[t].fp;
    out.goldTp += counts[t].goldTp;
    out.fn += counts[t].fn;
  }
  return out;
}
