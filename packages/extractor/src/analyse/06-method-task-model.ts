// Step 6g: a model named by what it maps. "text-to-image models", "image-to-video
// model": the lexicon finds the task alias ("text-to-image" → text-to-image generation),
// but written before "model(s)" the phrase names a class of models, and the gold of
// dev-q, dev-s and dev-k names the method "text-to-image model" there. The mapping's
// own "-to-" shape is the cue; other task names before "model" ("segmentation model")
// stay tasks with an umbrella word after them.
import type { Candidate } from './model';
import { gap } from './01-prepare';

/** A mapping compound: "text-to-image", "image-to-video", "speech-to-text". */
const MAPPING = /^[\p{L}\d]+-to-[\p{L}\d]+$/u;

/** Retypes "X-to-Y" task spans followed by "model(s)" as that method, in place. */
export function typeMappingModels(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.type !== 'task' || c.a1 - c.a0 !== 3) continue;
    const { doc } = c;
    const next = doc.atoms[c.a1];
    if (next === undefined || gap(doc, c.a1) !== ' ' || !/^models?$/.test(next.lower)) continue;
    const surface = doc.text.slice(c.start, c.end);
    if (!MAPPING.test(surface)) continue;
    c.type = 'method';
    c.typed = true;
    c.a1 += 1;
    c.end = next.end;
    // The canonical name is singular, like the lexicon's: "text-to-image model".
    c.name = `${surface} ${next.lower === 'models' ? 'model' : next.text}`;
    delete c.family;
  }
}
