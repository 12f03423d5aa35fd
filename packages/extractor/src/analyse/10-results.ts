// Step 10: result tuples (method, dataset, metric, value) from sentences that
// state all four: "SVT-H-L reaches 85.7% top-1 accuracy on ImageNet". A value
// pairs with the metric and dataset of its own clause (between commas or
// semicolons: "an ImageNet accuracy of 88.0%, an ADE20K mIoU of 55.6%"), the
// dataset falling back to the sentence's only one, and with the method named
// before it in the sentence, else the paper's proposed method.
import { VALUE } from '../lexicon/patterns';
import type { EntityType } from '../types';
import type { FieldDoc, LocalEntity, LocalResult } from './model';
import type { Placed } from './09-relations';

export function findResults(
  docs: FieldDoc[],
  bySentence: Map<FieldDoc, Placed[][]>,
  entities: LocalEntity[],
): LocalResult[] {
  const out: LocalResult[] = [];
  const proposed = entities.findIndex((e) => e.type === 'method' && e.role === 'proposed');
  for (const doc of docs) {
    if (doc.field !== 'abstract') continue;
    const buckets = bySentence.get(doc) ?? [];
    doc.sentences.forEach((sentence, si) => {
      const here = buckets[si] ?? [];
      const metrics = ofType(here, entities, 'metric');
      const datasets = ofType(here, entities, 'dataset');
      if (metrics.length === 0 || datasets.length === 0) return;
      const text = doc.text.slice(sentence.start, sentence.end);
      VALUE.lastIndex = 0;
      for (let m = VALUE.exec(text); m !== null; m = VALUE.exec(text)) {
        const value = m[0].trim();
        if (!/[.%x×+]/.test(value)) continue;
        const at = sentence.start + m.index;
        const [from, to] = clause(text, m.index, sentence.start);
        const metric = nearest(inClause(metrics, from, to), at);
        const clauseDatasets = inClause(datasets, from, to);
        const dataset =
          nearest(clauseDatasets, at) ?? (datasets.length === 1 ? datasets[0] : undefined);
        const methodsBefore = ofType(here, entities, 'method').filter((h) => h.end <= at);
        const method =
          methodsBefore[methodsBefore.length - 1]?.entity ?? (proposed >= 0 ? proposed : undefined);
        if (metric === undefined || dataset === undefined || method === undefined) continue;
        out.push({
          method,
          dataset: dataset.entity,
          metric: metric.entity,
          value,
          evidence: { field: doc.field, start: sentence.start, end: sentence.end },
        });
      }
    });
  }
  return out;
}

// Module-level helpers, not closures per sentence: tsx names every local arrow with a
// `defineProperty` call.
function ofType(here: Placed[], entities: LocalEntity[], t: EntityType): Placed[] {
  return here.filter((h) => entities[h.entity]?.type === t);
}

function inClause(xs: Placed[], from: number, to: number): Placed[] {
  return xs.filter((h) => h.start >= from && h.end <= to);
}

/** The clause around position `i` of the sentence text, as absolute offsets. */
function clause(text: string, i: number, base: number): [number, number] {
  const before = Math.max(text.lastIndexOf(',', i), text.lastIndexOf(';', i));
  const commas = [text.indexOf(',', i), text.indexOf(';', i)].filter((x) => x >= 0);
  const after = commas.length > 0 ? Math.min(...commas) : text.length;
  return [base + before + 1, base + after];
}

function nearest(xs: Placed[], at: number): Placed | undefined {
  let best: Placed | undefined;
  let bestDistance = Infinity;
  for (const x of xs) {
    const d = x.start >= at ? x.start - at : at - x.end;
    if (d < bestDistance) {
      best = x;
      bestDistance = d;
    }
  }
  return best;
}
