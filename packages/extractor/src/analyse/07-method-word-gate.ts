// Step 7g: one capitalised English word is not a method name. Step 4 takes a lone
// capitalised word that compromise does not list for a name, and step 6 types it a
// method by default; a word with an English derivational ending ("Openness",
// "Conservative", "Customization": `lexicon/generic-words.ts`) is a label, a quoted
// category or a capitalised title word. Only one-word shape guesses written with one
// capital are gated; a name the paper defines or proposes has another source.
import { DERIVED_WORD } from '../lexicon/generic-words';
import type { Candidate } from './model';

/** A word written with a leading capital only: "Openness", not "LoRA" or "MoE". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** False for a shape-found one-word method that is a capitalised English derived word. */
export function keepMethodWord(c: Candidate): boolean {
  if (c.type !== 'method' || c.source !== 'shape' || c.a1 - c.a0 !== 1) return true;
  const atom = c.doc.atoms[c.a0];
  if (atom === undefined || atom.digitCount > 0 || atom.upperCount !== 1) return true;
  return !(CAPITALISED_WORD.test(atom.text) && DERIVED_WORD.test(atom.lower));
}
