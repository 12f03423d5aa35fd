// Step 7f: one type per shape-found name. Step 6 types a shape-found name by the
// context of each mention ("we introduce the TextBraTS dataset", "70.9 on MLVU",
// "VideoNorms, a benchmark of …"), and a mention with no such context stays a method
// by default ("To build VideoNorms, …", "rank 1st in VideoVista"): the paper then had
// a dataset and a spurious method of the same name. Bench-corpus files dev-p … dev-s and
// dev-b … dev-i showed it (NLVR2, InfinityMATH, MLVU, VideoVista, TextBraTS, VideoNorms).
// Here a mention that no context typed takes the dataset type another mention's own
// words gave: the noun after it ("the NLVR2 dataset") or an appositive ("InfinityMATH, a
// scalable instruction tuning dataset"). Weaker cues do not spread: "On CamVid, AR-Seg
// saves …" and "after pre-training with Objects365, RT-DETR-R50 …" mistype a model by
// coordination, and spreading that lost four gold methods on dev-b, dev-d and dev-p.
import { APPOSITIVE_DATASET, TYPE_AFTER } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap } from './01-prepare';

/** Fold key of a surface → entity key ("type|key") given by a typed shape mention. */
export function contextTypes(
  candidates: readonly Candidate[],
  surfaceKeys: readonly string[],
  nameKeys: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  candidates.forEach((c, k) => {
    if (c.source !== 'shape' || !c.typed || c.type !== 'dataset' || !namedDataset(c)) return;
    const sKey = surfaceKeys[k] ?? '';
    if (!out.has(sKey)) out.set(sKey, nameKeys[k] ?? '');
  });
  return out;
}

/** The mention's own words make it a dataset: "X dataset", "X benchmark", "X, a … corpus". */
function namedDataset(c: Candidate): boolean {
  const after = c.doc.atoms[c.a1];
  if (
    after !== undefined &&
    /^[\s-]$/.test(gap(c.doc, c.a1)) &&
    TYPE_AFTER[after.lower] === 'dataset'
  )
    return true;
  return APPOSITIVE_DATASET.test(c.doc.text.slice(c.end, c.end + 80));
}
