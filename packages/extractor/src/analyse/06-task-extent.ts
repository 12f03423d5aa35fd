// Step 6b: the full name of a known task. The lexicon knows "image
// segmentation", but a paper that studies "volumetric image segmentation",
// "medication recommendation" or "instance-level pose estimation" names a
// narrower task, and the gold (GUIDELINES.md: "the most complete form written")
// names it so. A lexicon task takes up to two modifiers before it: a hyphen
// compound ("single-stage"), a noun ("medication"), a domain adjective
// ("volumetric"), or a Title-Case word in a Title-Case title, never a verb,
// an evaluative word or a function word.
import { isContentWord, isKnownWord, isVerb } from '../english';
import { ADJECTIVE_SHAPE, DOMAIN_ADJECTIVES, EXTENT_STOP, UNKNOWN_VERB } from '../lexicon/cues';
import { GENERIC_MODIFIERS } from '../lexicon/generic-modifiers';
import { NOUN_VERBS } from '../lexicon/noun-verbs';
import type { Candidate, FieldDoc } from './model';
import { gap, takenAtoms } from './01-prepare';
import { nounUse } from './06-task-noun-verb';

const MAX_MODIFIERS = 2;
/** Words after which the next word is a verb: subjects and modals (not "to": "in contrast to X"). */
const VERB_POSITION = new Set(
  'we it they this which that who can could will would may might also then often'.split(' '),
);

/** Widens lexicon task spans over their modifiers, in place. */
export function extendTasks(candidates: Candidate[]): void {
  const taken = takenAtoms(candidates);
  for (const c of candidates) {
    if (c.type !== 'task' || (c.source !== 'lexicon' && c.source !== 'variant')) continue;
    // An acronym is a name of its own: "on-device MTL" is MTL used on a device, "namely I2V"
    // is I2V.
    if (/^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(c.doc.text.slice(c.start, c.end))) continue;
    const first = firstModifier(c.doc, c.a0, taken);
    if (first === c.a0) continue;
    const atom = c.doc.atoms[first];
    if (atom === undefined) continue;
    c.a0 = first;
    c.start = atom.start;
    c.name = c.doc.text.slice(c.start, c.end);
  }
}

/** The first atom of the modifiers before atom `a0` (`a0` itself when there are none). */
function firstModifier(doc: FieldDoc, a0: number, taken: Set<number>): number {
  const titleCase = doc.field === 'title' && (doc.atoms[a0]?.capitalised ?? false);
  let first = a0;
  let words = 0;
  let k = a0 - 1;
  while (k >= 0 && words < MAX_MODIFIERS && !taken.has(k)) {
    const g = gap(doc, k + 1);
    if (g !== ' ' && g !== '-') break;
    // A hyphen compound counts as one modifier: "instance-level", "text-to-3D".
    let start = k;
    while (start > 0 && gap(doc, start) === '-' && !taken.has(start - 1)) start--;
    // Half of a slash coordination ("optic disc/cup segmentation") cannot be named alone,
    // nor the tail of a compound on another name ("BERT-style language modeling", "ViT-style
    // image classification": dev-g #51 names the tasks without it).
    if (gap(doc, start) === '/' || (start > 0 && gap(doc, start) === '-')) break;
    const atoms = doc.atoms.slice(start, k + 1);
    const compound = atoms.map((a) => a.lower).join('-');
    // Attached by a hyphen, the modifier is part of the task's own word ("long-text
    // retrieval", "code-to-code search"): only a stop word ends it there.
    const attached = g === '-' && !EXTENT_STOP.has(atoms[0]?.lower ?? '');
    const noun = start === k && nounUse(doc, k);
    if (!attached && !acceptable(compound, atoms.length > 1, titleCase, atoms[0]?.text ?? '', noun))
      break;
    // A word after a subject or a modal is a verb, whatever compromise says ("we address X",
    // "it helps X").
    if (!attached && VERB_POSITION.has(doc.atoms[start - 1]?.lower ?? '')) break;
    first = start;
    words++;
    k = start - 1;
  }
  return first;
}

function acceptable(
  word: string,
  compound: boolean,
  titleCase: boolean,
  text: string,
  noun: boolean,
): boolean {
  if (word.length < 2 || EXTENT_STOP.has(word) || EXTENT_STOP.has(word.split('-')[0] ?? '')) {
    return false;
  }
  if (DOMAIN_ADJECTIVES.has(word)) return true;
  // Lower case, or a dimension ("3D", "6D"), unless the title is in Title Case.
  if (/^\p{N}/u.test(text)) return /^\d[dD]$/.test(text);
  if (!titleCase && !/^\p{Ll}/u.test(text)) return false;
  if (GENERIC_MODIFIERS.has(word)) return false;
  // A compound is judged by its last part: "instance-level", but not "text-conditional";
  // and an unknown adjective does not start one ("Linear-Time Sequence Modeling").
  const parts = word.split('-');
  const firstPart = parts[0] ?? word;
  if (compound && !isKnownWord(firstPart) && ADJECTIVE_SHAPE.test(firstPart)) return false;
  const last = compound ? (parts.at(-1) ?? word) : word;
  // A base-form verb that `nounUse` reads as a noun here: "for target detection".
  if (isVerb(last) && !NOUN_VERBS.has(last) && !noun) return false;
  // A plural is rarely a modifier, a third-person verb often is: "helps X", "beats X".
  if (!compound && /[^su]s$/.test(last) && !/ics$/.test(last)) return false;
  if (isKnownWord(last)) return isContentWord(last);
  // compromise does not know it: rule out adjective and verb shapes ("popular", "prevalent",
  // "industrial", "compressing") or verb shapes ("facilitate").
  return !ADJECTIVE_SHAPE.test(last) && !UNKNOWN_VERB.test(last);
}
