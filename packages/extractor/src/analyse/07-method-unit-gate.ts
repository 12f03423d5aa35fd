// Step 7h: a token right after a number is a unit or what is counted, not a method.
// Step 4 reads any token with capitals as a name and step 6 types it a method by
// default; but "48.50 dB", "10 Gyr", "1 ULP of error", "150 GMACs", "600 Omniglot
// classes" measure or count (dev-e, dev-i, dev-k, dev-q). A method named after a
// figure is written with punctuation between ("of 0.76, RF-DETR …"), so only a bare
// space after a number gates. Only one-token shape guesses: lexicon names ("7B LLaMA"
// is a variant) and definitions keep their type.
import type { Candidate } from './model';

/** A plain number: "48", "48.50", "1,000". */
const NUMBER = /^\d+(?:[.,]\d+)*$/;
/** Only spaces between the number and the token. */
const SPACE = /^[ \u00a0]$/;

/** False for a shape-found one-token method written right after a number. */
export function keepMethodAfterNumber(c: Candidate): boolean {
  if (c.type !== 'method' || c.source !== 'shape' || c.a1 - c.a0 !== 1 || c.a0 === 0) {
    return true;
  }
  const prev = c.doc.atoms[c.a0 - 1];
  if (prev === undefined || prev.digitCount === 0) return true;
  return !(SPACE.test(c.doc.gaps[c.a0] ?? '') && NUMBER.test(prev.text));
}
