// Step 7g: one capitalised English word is not a method name. Step 4 takes a lone
// capitalised word that compromise does not list for a name, and step 6 types it a
// method by default; a word with an English derivational ending ("Openness",
// "Conservative", "Customization": `lexicon/generic-words.ts`) is a label, a quoted
// category or a capitalised title word. Nor is a capitalised word that only modifies
// what follows it: the first part of a hyphenated compound ("Auto-regressive",
// "Dual-domain", "Blender-based") or a word before a plain noun ("Taylor series",
// "Canny edge", "Weight initialization", "Neutral cases"); a coined name stands on its
// own or before its kind ("Zephyr model", "Terminator architecture", "Sobel filter":
// `TYPE_AFTER`, `METHOD_HEADS`, `KIND_NOUNS`). Only one-word shape guesses written with one capital are gated; a
// name the paper defines or proposes has another source.
import { isContentWord, isVerb } from '../english';
import { METHOD_HEADS, TYPE_AFTER } from '../lexicon/cues';
import { DERIVED_WORD, KIND_NOUNS } from '../lexicon/generic-words';
import type { Candidate } from './model';

/** A word written with a leading capital only: "Openness", not "LoRA" or "MoE". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A lower-case word: the second part of a compound or the noun a modifier qualifies. */
const LOWER_WORD = /^\p{Ll}+$/u;
/** A plural noun or a third-person verb: "cases", "demonstrates" (not "loss", "corpus"). */
const PLURAL_OR_VERB = /[^su]s$/;
/** Punctuation that closes a phrase: "Neutral cases, where …", "Vision encoders." */
const CLAUSE_END = /^[,.;:)]/;

/** False for a shape-found one-word method that is a capitalised English word or modifier. */
export function keepMethodWord(c: Candidate): boolean {
  if (c.type !== 'method' || c.source !== 'shape' || c.a1 - c.a0 !== 1) return true;
  const atom = c.doc.atoms[c.a0];
  if (atom === undefined || atom.digitCount > 0 || atom.upperCount !== 1) return true;
  if (!CAPITALISED_WORD.test(atom.text)) return true;
  return !DERIVED_WORD.test(atom.lower) && !modifiesNext(c);
}

/** The word is the first part of a compound or a modifier of the plain noun after it. */
function modifiesNext(c: Candidate): boolean {
  const next = c.doc.atoms[c.a1];
  if (next === undefined || !LOWER_WORD.test(next.text)) return false;
  const gap = c.doc.gaps[c.a1];
  if (gap === '-') return true;
  if (gap !== ' ' || Object.hasOwn(TYPE_AFTER, next.text) || METHOD_HEADS.has(next.text)) {
    return false;
  }
  if (KIND_NOUNS.has(next.text)) return false;
  if (!isContentWord(next.text) || isVerb(next.text)) return false;
  // A word in -s may be a verb the name is the subject of ("Clover transmits", "Sigma
  // achieves"; compromise lists few): a plural noun only when a clause ends after it.
  return !PLURAL_OR_VERB.test(next.text) || CLAUSE_END.test(c.doc.gaps[c.a1 + 1] ?? '');
}
