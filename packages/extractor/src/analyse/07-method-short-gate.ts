// Step 7e: two-letter acronyms the paper never defines. Step 4 reads any upper-case
// token as a name; written bare, a two-letter one is a quantity, a tensor, a unit or
// a field far more often than a method: "KV", "IO", "IQ", "AR", "VR", "SE", "CO", "TE".
// Counted on dev … dev-h: of the two-letter acronyms step 4 typed as methods, neither
// defined by the paper nor proposed by it, the gold keeps 1 of 15 ("LN", dev-c #437).
// Lexicon acronyms ("RL", "BN", "GP") and defined ones ("key-value (KV) cache") are kept.
import type { Candidate } from './model';

/** A two-letter upper-case token, or its plural: "KV", "LMs". */
const TWO_LETTERS = /^\p{Lu}{2}s?$/u;

/**
 * False for a shape-found two-letter method acronym the paper does not define (`defined`:
 * the paper's short forms, `definedForms(…).shorts` of step 3).
 */
export function keepShortAcronym(c: Candidate, defined: ReadonlySet<string>): boolean {
  if (c.type !== 'method' || c.source !== 'shape' || c.a1 - c.a0 !== 1) return true;
  const text = c.doc.atoms[c.a0]?.text ?? '';
  if (!TWO_LETTERS.test(text)) return true;
  return defined.has(text) || defined.has(text.replace(/s$/, ''));
}
