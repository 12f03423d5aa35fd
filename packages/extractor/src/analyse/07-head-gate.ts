// Step 7b: bare task heads used as modifiers. "segmentation", "translation",
// "parsing" and "classification" written alone name the task ("benchmarks for
// segmentation on Cityscapes"), but before a noun they describe something else
// ("segmentation backbones", "segmentation accuracy", "translation quality").
// After a dataset name the head names that benchmark ("ImageNet classification",
// dev-h #323, #363), after a comparative a quality ("better classification or finer
// localization", dev-b #52, dev-f #401): neither is listed as the task.
// A bare head is also left out when the title names a longer task on it ("Weather
// Classification" … "classification", "Interactive Segmentation" … "segmentation"): the
// annotators then mark only the longer one (dev … dev-s: 0 of 6 such bare heads kept; a
// longer task named only in the abstract: 2 of 7, and the mention-level public sets lose).
// Runs in step 7 beside the metric gate; such a mention is left out.
import { BARE_TASK_HEADS, COMPARATIVES, MODIFIED_NOUNS } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap } from './01-prepare';

/** The bare task heads that end a longer task span of the title ("Weather Classification"). */
export function namedHeads(candidates: Candidate[]): Set<string> {
  const heads = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'task' || c.a1 - c.a0 < 2 || c.doc.field !== 'title') continue;
    const head = c.doc.atoms[c.a1 - 1]?.lower ?? '';
    if (BARE_TASK_HEADS.has(head)) heads.add(head);
  }
  return heads;
}

/** False for a bare task head that modifies the noun after it or heads the title's task. */
export function keepBareHead(c: Candidate, prev?: Candidate, named?: Set<string>): boolean {
  if (c.type !== 'task' || c.a1 - c.a0 !== 1) return true;
  const word = c.doc.text.slice(c.start, c.end).toLowerCase();
  if (!BARE_TASK_HEADS.has(word)) return true;
  if (named?.has(word) === true) return false;
  // The tail of a slash coordination ("optic disc/cup segmentation") names a longer task.
  if (c.a0 > 1 && gap(c.doc, c.a0) === ' ' && gap(c.doc, c.a0 - 1) === '/') return false;
  if (c.a0 > 0 && gap(c.doc, c.a0) === ' ') {
    if (COMPARATIVES.has(c.doc.atoms[c.a0 - 1]?.lower ?? '')) return false;
    // "on the COCO detection task" (dev-e #359) still names the task.
    const named = c.doc.atoms[c.a1]?.lower === 'task';
    if (!named && prev?.doc === c.doc && prev.type === 'dataset' && prev.a1 === c.a0) return false;
  }
  const next = c.doc.atoms[c.a1];
  return next === undefined || gap(c.doc, c.a1) !== ' ' || !MODIFIED_NOUNS.has(next.lower);
}
