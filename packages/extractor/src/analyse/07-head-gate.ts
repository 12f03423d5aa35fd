// Step 7b: bare task heads used as modifiers. "segmentation", "translation",
// "parsing" and "classification" written alone name the task ("benchmarks for
// segmentation on Cityscapes"), but before a noun they describe something else
// ("segmentation backbones", "segmentation accuracy", "translation quality").
// Runs in step 7 beside the metric gate; a mention before such a noun is left out.
import { BARE_TASK_HEADS, MODIFIED_NOUNS } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap } from './01-prepare';

/** False for a bare task head that modifies the noun after it. */
export function keepBareHead(c: Candidate): boolean {
  if (c.type !== 'task' || c.a1 - c.a0 !== 1) return true;
  if (!BARE_TASK_HEADS.has(c.doc.text.slice(c.start, c.end).toLowerCase())) return true;
  // The tail of a slash coordination ("optic disc/cup segmentation") names a longer task.
  if (c.a0 > 1 && gap(c.doc, c.a0) === ' ' && gap(c.doc, c.a0 - 1) === '/') return false;
  const next = c.doc.atoms[c.a1];
  return next === undefined || gap(c.doc, c.a1) !== ' ' || !MODIFIED_NOUNS.has(next.lower);
}
