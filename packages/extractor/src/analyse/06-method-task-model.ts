// Step 6g: a model named by what it maps. "text-to-image models", "image-to-video
// model": the lexicon finds the task alias ("text-to-image" → text-to-image generation),
// but written before "model(s)" the phrase names a class of models, and the gold of
// dev-q, dev-s and dev-k names the method "text-to-image model" there (the task alias is
// kept beside it: the paper may also address the task). The mapping's
// own "-to-" shape is the cue; other task names before "model" ("segmentation model")
// stay tasks with an umbrella word after them.
import type { Candidate } from './model';
import { gap } from './01-prepare';

/** A mapping compound: "text-to-image", "image-to-video", "speech-to-text". */
const MAPPING = /^[\p{L}\d]+-to-[\p{L}\d]+$/u;

/** Adds the method "X-to-Y model" over each "X-to-Y" task span followed by "model(s)". */
export function typeMappingModels(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c === undefined || c.type !== 'task' || c.a1 - c.a0 !== 3) continue;
    const { doc } = c;
    const next = doc.atoms[c.a1];
    if (next === undefined || gap(doc, c.a1) !== ' ' || !/^models?$/.test(next.lower)) continue;
    const surface = doc.text.slice(c.start, c.end);
    if (!MAPPING.test(surface)) continue;
    const model: Candidate = {
      ...c,
      type: 'method',
      typed: true,
      a1: c.a1 + 1,
      end: next.end,
      // The canonical name is singular, like the lexicon's: "text-to-image model".
      name: `${surface} ${next.lower === 'models' ? 'model' : next.text}`,
    };
    delete model.family;
    // Before the task span: the longer span first, as `byPosition` orders them.
    candidates.splice(k, 0, model);
    k++;
  }
}
