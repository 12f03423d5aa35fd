// Step 7c: umbrella method terms. "language model" is in the lexicon so that its
// qualified forms ("large language model", "masked language model") are found,
// but written bare it names the whole family, and the annotators of the dev files
// leave it out far more often than not (231 papers: kept in 5 of the 23 papers
// it was predicted in). A bare umbrella term is kept only when the paper defines
// an acronym for it ("language models (LMs)"): then it is a name the paper uses.
// Bare "adapter" likewise (kept in 1 of 5 papers; "LoRA adapters" are not the method
// of Houlsby et al.). "convolution" was tried too: dev even (one annotator keeps it), scirex method
// F1 0.601 -> 0.594, so it stays.
import { UMBRELLA_METHODS } from '../lexicon/weak-methods';
import type { Candidate } from './model';

/**
 * False for a bare umbrella term the paper does not name with an acronym (`defined`: the
 * paper's lower-cased long forms, `definedForms(…).longs` of step 3).
 */
export function keepUmbrellaMethod(c: Candidate, defined: ReadonlySet<string>): boolean {
  // A lexicon candidate carries its entry's canonical name: no case folding needed.
  if (c.source !== 'lexicon' || c.type !== 'method' || !UMBRELLA_METHODS.has(c.name)) return true;
  return defined.has(c.name);
}
