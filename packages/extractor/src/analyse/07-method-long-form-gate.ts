// Step 7i: the written-out form of a stop-listed acronym is no more a method than the
// acronym. Step 3 does not define a short form that `lexicon/not-names.ts` lists (a field,
// a modality, hardware: "CT", "LiDAR", "CV"), so step 4 reads its long form as a
// Title-Case name and step 6 types it a method: "Computed Tomography (CT)", "Magnetic
// Resonance Imaging (MRI)" (dev-j), "Light Detection and Ranging (LiDAR)", "Computer
// Vision (CV)" (only "Vision" is read, dev-g). A shape-found method right before such a
// parenthesis, or a few words before it ("Light Detection| and Ranging (LiDAR)"), is dropped; not when the acronym is
// an English word of the stop list in other case ("Collaborative Decoding (CoDe)", dev).
import { isKnownWord } from '../english';
import { METHOD_HEADS, TYPE_AFTER } from '../lexicon/cues';
import { NOT_NAMES } from '../lexicon/not-names';
import type { Candidate } from './model';

/**
 * Up to three more words, then a parenthesised acronym of letters: " and Ranging (LiDAR)".
 * Number formats are left out: the gold keeps "BrainFloat16 (BF16)" as a method (dev-d).
 */
const THEN_ACRONYM = /^((?:[ -][\p{L}-]+){0,3})\s*\((\p{L}{2,10})s?\)/u;

/** False for a shape-found method that spells out (the end of) a stop-listed acronym. */
export function keepMethodLongForm(c: Candidate): boolean {
  if (c.type !== 'method' || c.source !== 'shape') return true;
  const after = c.doc.text.slice(c.end, c.end + 48);
  if (!after.includes('(')) return true;
  const m = THEN_ACRONYM.exec(after);
  const short = m?.[2];
  if (m === null || short === undefined) return true;
  // A long form on a method's head word is the paper's own name whatever its acronym
  // collides with: "Raw Adaptation Module (RAM)", "Consistency Model (CM)".
  const head = (/([\p{L}]+)$/u.exec(m[1] ?? '')?.[1] ?? c.doc.atoms[c.a1 - 1]?.text ?? '')
    .toLowerCase()
    .replace(/s$/, '');
  if (Object.hasOwn(TYPE_AFTER, head) || METHOD_HEADS.has(head)) return true;
  const lower = short.toLowerCase();
  // The stop list is matched without case: "CoDe" is a coined name, not the word "code".
  return !NOT_NAMES.has(lower) || isKnownWord(lower);
}
