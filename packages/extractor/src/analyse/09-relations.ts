// Step 9: relations between the paper's entities, sentence by sentence, each
// carrying the id of the rule that made it: cue rules (outperforms,
// compared_with, builds_on) link the method before the cue to the methods after
// it; co-occurrence rules link the sentence's methods (or the paper's proposed
// method when the sentence speaks of "we"/"our") to its datasets, metrics, tasks.
import { COOCCURRENCE_RULES, RELATION_RULES } from '../lexicon/patterns';
import { foldKey } from '../normalise';
import type { Candidate, FieldDoc, LocalEntity, LocalRelation } from './model';

/** An entity mention placed in a sentence. */
export interface Placed {
  entity: number;
  start: number;
  end: number;
}

/** Mentions bucketed by sentence, once, so the rules do not rescan every candidate. */
export function placeBySentence(
  docs: FieldDoc[],
  candidates: Candidate[],
  entityOf: number[],
): Map<FieldDoc, Placed[][]> {
  const out = new Map<FieldDoc, Placed[][]>();
  for (const doc of docs)
    out.set(
      doc,
      doc.sentences.map(() => []),
    );
  candidates.forEach((c, k) => {
    const entity = entityOf[k] ?? -1;
    const sentence = c.doc.sentenceOfAtom[c.a0];
    if (entity < 0 || sentence === undefined) return;
    out.get(c.doc)?.[sentence]?.push({ entity, start: c.start, end: c.end });
  });
  return out;
}

export function findRelations(
  docs: FieldDoc[],
  bySentence: Map<FieldDoc, Placed[][]>,
  entities: LocalEntity[],
): LocalRelation[] {
  const out: LocalRelation[] = [];
  const seen = new Set<string>();
  const add = (
    type: LocalRelation['type'],
    source: number,
    target: number,
    doc: FieldDoc,
    s: { start: number; end: number },
    rule: string,
  ): void => {
    // One surface typed twice ("KV Prediction" as method and as task) is not a relation.
    if (source === target || entities[source]?.key === entities[target]?.key) return;
    const key = `${type}|${source}|${target}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      type,
      source,
      target,
      evidence: { field: doc.field, start: s.start, end: s.end },
      rule,
    });
  };
  const proposed = entities.flatMap((e, i) =>
    e.type === 'method' && e.role === 'proposed' ? [i] : [],
  );
  for (const doc of docs) {
    doc.sentences.forEach((sentence, si) => {
      const placed = bySentence.get(doc)?.[si] ?? [];
      if (placed.length === 0) return;
      const text = doc.text.slice(sentence.start, sentence.end);
      const methods = placed.filter((p) => entities[p.entity]?.type === 'method');
      // Tested only when a rule needs it: most sentences never ask.
      let ours: boolean | undefined;
      const here = entitiesIn(methods, sentence.start, sentence.end);
      // Methods a cue already relates in this sentence: compared, not built on.
      const cued = new Set<number>();
      // Cue rules; every target is a method of this sentence, so none fires without one.
      for (const rule of here.length > 0 ? RELATION_RULES : []) {
        const m = rule.cue.exec(text);
        if (m === null) continue;
        const cueAt = sentence.start + m.index;
        const cueEnd = cueAt + m[0].length;
        const before = entitiesIn(methods, sentence.start, cueAt);
        let source = before[before.length - 1];
        let targets = entitiesIn(methods, cueEnd, sentence.end);
        if (source === undefined) {
          // "Compared with LoRA, SVT is cheaper": the cue's object ends at the comma.
          const comma = doc.text.indexOf(',', cueEnd);
          if (comma > 0 && comma < sentence.end) {
            targets = entitiesIn(methods, cueEnd, comma);
            source = entitiesIn(methods, comma, sentence.end)[0];
          }
          if (source === undefined) {
            ours ??= speaksOfUs(text, doc);
            source = ours ? proposed[0] : undefined;
          }
        }
        if (source === undefined) continue;
        // A pair a cue already related here keeps that relation ("2x faster compared to
        // X" is a win, not also a plain comparison); a variant is not compared with its family.
        for (const target of targets) {
          if (cued.has(target) || sameFamily(entities, source, target)) continue;
          cued.add(target);
          add(rule.type, source, target, doc, sentence, rule.id);
        }
      }
      // The paper's own method named first, and other methods after it, with no cue between:
      // "SVT: Sparse Vision Transformers via Token Pruning", "X combines LoRA with …".
      const own = here[0];
      if (own !== undefined && proposed.includes(own)) {
        const id = doc.field === 'title' ? 'builds_on/title' : 'builds_on/sentence';
        for (const target of here.slice(1))
          if (doc.field === 'title' || (!cued.has(target) && !proposed.includes(target)))
            if (!sameFamily(entities, own, target))
              add('builds_on', own, target, doc, sentence, id);
      }
      // Co-occurrence rules.
      const sources = here.filter((i) => proposed.includes(i));
      const subjects =
        sources.length > 0
          ? sources
          : here.length > 0
            ? here.slice(0, 1)
            : proposed.length > 0 && (ours ?? speaksOfUs(text, doc))
              ? proposed
              : [];
      if (subjects.length === 0) return;
      for (const rule of COOCCURRENCE_RULES) {
        const targets = unique(
          placed.filter((p) => entities[p.entity]?.type === rule.target).map((p) => p.entity),
        );
        const id = doc.field === 'title' ? rule.id.replace('/sentence', '/title') : rule.id;
        for (const s of subjects) for (const t of targets) add(rule.type, s, t, doc, sentence, id);
      }
    });
  }
  return out;
}

/**
 * The sentence speaks of the paper's own work ("we", "our", "proposed"). A module-level
 * function, not a closure per sentence: tsx names every local arrow with a
 * `defineProperty` call, which cost about 1% of `analyse`.
 */
function speaksOfUs(text: string, doc: FieldDoc): boolean {
  return /\b(?:we|our|ours|proposed|it)\b/i.test(text) || doc.field === 'title';
}

/** The distinct entities of the mentions starting in [from, to), in order. */
function entitiesIn(placed: Placed[], from: number, to: number): number[] {
  const out: number[] = [];
  for (const p of placed) {
    if (p.start >= from && p.start < to && !out.includes(p.entity)) out.push(p.entity);
  }
  return out;
}

/**
 * One entity is a named variant of the other: the lexicon says so ("BERT-Base" of "BERT"),
 * or its name is the other's followed by a size or version ("MosaicBERT base", "SVT-H-L").
 */
function sameFamily(entities: LocalEntity[], a: number, b: number): boolean {
  const x = entities[a];
  const y = entities[b];
  if (x === undefined || y === undefined) return false;
  return (
    (x.family !== undefined && foldKey(x.family) === y.key) ||
    (y.family !== undefined && foldKey(y.family) === x.key) ||
    (x.family !== undefined && x.family === y.family) ||
    isVariantName(x.name, y.name) ||
    isVariantName(y.name, x.name)
  );
}

/** `longer` is `name` and then a hyphen or a space and more ("MosaicBERT-Base"). */
function isVariantName(longer: string, name: string): boolean {
  const next = longer.charCodeAt(name.length);
  return longer.length > name.length && longer.startsWith(name) && (next === 45 || next === 32);
}

function unique(xs: number[]): number[] {
  return xs.filter((x, k) => xs.indexOf(x) === k);
}
