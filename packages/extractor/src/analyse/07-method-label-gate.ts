// Step 7f: upper-case tokens that label something other than a method. Step 4 reads
// any token with capitals and digits as a name, and step 6 types it a method by
// default; but "W4A8" is a quantization setting, "(C1)" an item of the paper's own
// list, and "MI250X GPUs" or "Xilinx ZCU104" hardware (`lexicon/generic-labels.ts`).
// Only one-token shape guesses are gated: lexicon names, definitions and
// names found in context keep their type.
import {
  BIT_WIDTH_SETTING,
  ENUMERATION_LABEL,
  HARDWARE_AFTER,
  HARDWARE_MAKERS,
} from '../lexicon/generic-labels';
import type { Candidate } from './model';

/** The text before a list label: an opening parenthesis at the start of a clause. */
const LIST_OPENING = /(?:^|[.:;,]\s*)\($/;

/** False for a shape-found method token that is a setting, a list label or hardware. */
export function keepMethodLabel(c: Candidate): boolean {
  if (c.type !== 'method' || c.source !== 'shape' || c.a1 - c.a0 !== 1) return true;
  const { doc } = c;
  const atom = doc.atoms[c.a0];
  if (atom === undefined || atom.digitCount === 0) return true;
  if (BIT_WIDTH_SETTING.test(atom.text)) return false;
  const before = doc.gaps[c.a0] ?? '';
  const after = doc.gaps[c.a1] ?? '';
  // A list item opens a clause: "challenges: (C1) …", ". (S2) …"; "model (S4)" names the model.
  if (ENUMERATION_LABEL.test(atom.text) && LIST_OPENING.test(before) && after.startsWith(')')) {
    return false;
  }
  const next = doc.atoms[c.a1];
  const prev = doc.atoms[c.a0 - 1];
  if (next !== undefined && /^\s+$/.test(after) && HARDWARE_AFTER.has(next.lower)) return false;
  return !(prev !== undefined && /^\s+$/.test(before) && HARDWARE_MAKERS.has(prev.lower));
}
