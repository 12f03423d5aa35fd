// Step 10: result tuples (method, dataset, metric, value) from sentences that
// state all four: "SVT-H-L reaches 85.7% top-1 accuracy on ImageNet". Values come
// from `10-result-values`, their method from `10-result-method`, and what each value
// pairs with from `10-result-pairing`. A list of as many values as the sentence has
// datasets (or metrics) pairs them in order ("81.9%, 45.76% and 55.47% on Cityscapes,
// ADE20K and LIP respectively"); otherwise a value pairs with the metric and dataset of
// its own clause (between commas or semicolons: "an ImageNet accuracy of 88.0%, an
// ADE20K mIoU of 55.6%"), each falling back to the sentence's only one. Values that
// each carry their own metric share the dataset after them ("53.9 box AP and 46.4 mask
// AP on COCO"); a list of gains "respectively" pairs with the sentence's earlier
// results, or gives none when nothing pairs with it.
import { ON_AFTER } from '../lexicon/result-cues';
import type { EntityType } from '../types';
import type { FieldDoc, LocalEntity, LocalResult } from './model';
import type { Placed } from './09-relations';
import { listMethods, methodOf, sentenceMethods } from './10-result-method';
import {
  after,
  clause,
  coordinated,
  inClause,
  inOrder,
  listed,
  nearest,
  only,
  onlyUnbroken,
  respectively,
  type Span,
} from './10-result-pairing';
import { sentenceValues, valueLists } from './10-result-values';

export function findResults(
  docs: FieldDoc[],
  bySentence: Map<FieldDoc, Placed[][]>,
  entities: LocalEntity[],
): LocalResult[] {
  const out: LocalResult[] = [];
  const proposed = paperMethod(entities);
  const isProposed = (i: number): boolean => entities[i]?.role === 'proposed';
  for (const doc of docs) {
    if (doc.field !== 'abstract') continue;
    const buckets = bySentence.get(doc) ?? [];
    doc.sentences.forEach((sentence, si) => {
      const here = buckets[si] ?? [];
      const metrics = ofType(here, entities, 'metric');
      const datasets = ofType(here, entities, 'dataset');
      if (metrics.length === 0 || datasets.length === 0) return;
      const text = doc.text.slice(sentence.start, sentence.end);
      const values = sentenceValues(text, sentence.start, here);
      if (values.length === 0) return;
      const methods = sentenceMethods(text, sentence.start, ofType(here, entities, 'method'));
      const evidence = { field: doc.field, start: sentence.start, end: sentence.end };
      // What each earlier value of the sentence measured, for a "respectively" list of gains.
      const earlier: { dataset: number; metric: number }[] = [];
      let seen = 0;
      const lists = valueLists(text, sentence.start, values);
      for (const [li, list] of lists.entries()) {
        const byDataset = listed(datasets, list.length, metrics);
        const paired =
          byDataset === undefined
            ? respectively(text, sentence.start, list, lists[li + 1], earlier, seen, datasets)
            : undefined;
        // null: a "respectively" list nothing pairs with, which gives no result at all.
        const byEarlier = paired === null ? undefined : paired;
        // "0.78 and 0.76 Spearman correlation": the metric right after a list is all of its.
        const listMetric = after(metrics, list, text, sentence.start);
        const byMetric =
          byDataset === undefined && byEarlier === undefined && listMetric === undefined
            ? inOrder(metrics, list.length)
            : undefined;
        seen += list.length;
        if (paired === null && byMetric === undefined) continue;
        const byMethod = listMethods(text, sentence.start, list, methods.subjects);
        // A list reads as one clause: "81.9%, 45.76% and 55.47% on Cityscapes".
        const span: Span = [list[0]?.start ?? 0, list[list.length - 1]?.end ?? 0];
        const others = values.filter((v) => !list.includes(v));
        const [from] = clause(text, span[0] - sentence.start, sentence.start);
        list.forEach((v, k) => {
          const [, to] = clause(text, v.start - sentence.start, sentence.start);
          const own: Span =
            byDataset !== undefined || byMetric !== undefined ? span : [v.start, v.end];
          const metric =
            byEarlier?.[k]?.metric ??
            (byDataset === undefined && list.length > 1 ? listMetric : undefined) ??
            byMetric?.[k] ??
            (byDataset !== undefined ? nearest(metrics, own, others) : undefined) ??
            nearest(inClause(metrics, from, to), own, others, text, sentence.start) ??
            onlyUnbroken(metrics, own, text, sentence.start);
          const shared = coordinated(text, sentence.start, values, v, metrics);
          const dataset =
            byEarlier?.[k]?.dataset ??
            byDataset?.[k] ??
            nearest(
              inClause(datasets, from, to),
              own,
              others.filter((w) => !shared.includes(w)),
              text,
              sentence.start,
              ON_AFTER,
            ) ??
            only(datasets);
          const method =
            byMethod !== undefined ? byMethod[k] : methodOf(methods, v.start, isProposed, proposed);
          if (metric === undefined || dataset === undefined || method === undefined) return;
          if (list.length === 1) earlier.push({ dataset, metric });
          out.push({ method, dataset, metric, value: v.text, evidence });
        });
      }
    });
  }
  return out;
}

/**
 * The paper's own method: its first proposed method that the lexicon does not know (a
 * new name, "UniRepLKNet"), else its first proposed one ("convolutional neural network"
 * is proposed in a ConvNet paper, but its results belong to the named architecture).
 */
function paperMethod(entities: LocalEntity[]): number | undefined {
  let known: number | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e?.type !== 'method' || e.role !== 'proposed') continue;
    if (!e.lexical) return i;
    known ??= i;
  }
  return known;
}

// A module-level helper, not a closure per sentence: tsx names every local arrow with a
// `defineProperty` call.
function ofType(here: Placed[], entities: LocalEntity[], t: EntityType): Placed[] {
  // Mentions are bucketed in text order (step 9 places candidates sorted by position).
  return here.filter((h) => entities[h.entity]?.type === t);
}
