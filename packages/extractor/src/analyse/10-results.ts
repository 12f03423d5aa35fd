// Step 10: result tuples (method, dataset, metric, value) from sentences that
// state all four: "SVT-H-L reaches 85.7% top-1 accuracy on ImageNet". Each
// value takes the nearest metric mention, the sentence's nearest dataset, and
// the method before it (or the paper's proposed method).
import { VALUE } from '../lexicon/patterns';
import type { Candidate, FieldDoc, LocalEntity, LocalResult } from './model';

export function findResults(
  docs: FieldDoc[],
  candidates: Candidate[],
  entityOf: number[],
  entities: LocalEntity[],
): LocalResult[] {
  const out: LocalResult[] = [];
  const proposed = entities.findIndex((e) => e.type === 'method' && e.role === 'proposed');
  for (const doc of docs) {
    if (doc.field !== 'abstract') continue;
    doc.sentences.forEach((sentence, si) => {
      const text = doc.text.slice(sentence.start, sentence.end);
      const here = candidates.flatMap((c, k) =>
        c.doc === doc && doc.sentenceOfAtom[c.a0] === si && (entityOf[k] ?? -1) >= 0
          ? [{ c, entity: entityOf[k] ?? -1 }]
          : [],
      );
      const ofType = (t: LocalEntity['type']): typeof here =>
        here.filter((h) => entities[h.entity]?.type === t);
      const metrics = ofType('metric');
      const datasets = ofType('dataset');
      if (metrics.length === 0 || datasets.length === 0) return;
      VALUE.lastIndex = 0;
      for (let m = VALUE.exec(text); m !== null; m = VALUE.exec(text)) {
        const value = m[0].trim();
        if (!/[.%x×+]/.test(value)) continue;
        const at = sentence.start + m.index;
        const nearest = (xs: typeof here): (typeof here)[number] | undefined =>
          [...xs].sort((a, b) => distance(a.c, at) - distance(b.c, at))[0];
        const metric = nearest(metrics);
        const dataset = nearest(datasets);
        const methodsBefore = ofType('method').filter((h) => h.c.end <= at);
        const method =
          methodsBefore[methodsBefore.length - 1]?.entity ?? (proposed >= 0 ? proposed : undefined);
        if (metric === undefined || dataset === undefined || method === undefined) continue;
        if (distance(metric.c, at) > 60) continue;
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

function distance(c: Candidate, at: number): number {
  return c.start >= at ? c.start - at : at - c.end;
}
