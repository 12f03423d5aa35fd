// Step 6b'': a task's modality compound used as a modifier. "text-to-image" alone is an
// alias of text-to-image generation ("for text-to-image, CrossFlow …", dev-e), but before
// "model(s)" it names a kind of model, which the annotators mark as a method
// ("text-to-image models", dev-q #63038, dev-r #23188, dev-s #68606), and before another
// noun it only describes it ("text-to-image diffusion models", dev-k #136: no task).
import { MODALITY_DESCRIBED_NOUNS, MODALITY_MODEL_NOUNS } from '../lexicon/task-heads';
import type { Candidate } from './model';
import { gap } from './01-prepare';

/** A lexicon alias that is only the modality pair: "text-to-image", "image-to-video". */
const MODALITY_PAIR = /^[\p{L}\d]+-to-[\p{L}\d]+$/u;

/** Retypes "text-to-image model(s)" as a method and drops the pair before other nouns. */
export function modalityModels(candidates: Candidate[]): Candidate[] {
  let dropped: Set<Candidate> | null = null;
  for (const c of candidates) {
    if (c.type !== 'task' || c.source !== 'lexicon' || c.a1 - c.a0 < 3) continue;
    const surface = c.doc.text.slice(c.start, c.end);
    // Only a pair that abbreviates a longer task name: "text-to-speech" is the task itself.
    if (!MODALITY_PAIR.test(surface) || c.name.toLowerCase() === surface.toLowerCase()) continue;
    const next = c.doc.atoms[c.a1];
    if (next === undefined || gap(c.doc, c.a1) !== ' ') continue;
    if (MODALITY_MODEL_NOUNS.has(next.lower)) {
      c.type = 'method';
      c.a1 += 1;
      c.end = next.end;
      c.name = `${surface.toLowerCase()} model`;
      c.source = 'phrase';
    } else if (MODALITY_DESCRIBED_NOUNS.has(next.lower)) {
      (dropped ??= new Set()).add(c);
    }
  }
  return dropped === null ? candidates : candidates.filter((c) => !dropped.has(c));
}
