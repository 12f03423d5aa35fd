// Step 6f: measures by head word in a measurement context. "refusal rate",
// "alignment rate", "conservation error", "human preference rate" are measures no
// lexicon lists (`lexicon/metric-phrases.ts`); a lower-case phrase of one or two
// content nouns on a measure head ("rate", "error", "score") is one when the text
// around it reports or compares it — the same cues as the efficiency gate (step 7a:
// "reduces X by 12%", "X of 0.92", "in terms of X", "X improvement"). Heads other
// candidates hold are left alone ("word error rate" is the lexicon's).
import { isContentWord, isVerb } from '../english';
import { EVALUATED_AFTER, EVALUATED_BEFORE } from '../lexicon/cues';
import { MEASURE_PHRASE_HEADS, NON_MEASURE_QUALIFIERS } from '../lexicon/metric-phrases';
import type { Candidate, FieldDoc } from './model';
import { cueWindow } from './07-metric-gate';

/** Qualifier words a measure phrase may have before its head. */
const MAX_QUALIFIERS = 2;
/** A plural noun qualifies a quantity, not a measure: "computational savings rate". */
const PLURAL = /[^siu]s$/;
/** A plain value after the measure: "an error of 0.03", "score = 0.92" (no unit needed). */
const VALUE_AFTER = /^\s*(?:of|=|:)\s*(?:up to |about |around |only )?[-−]?\d/;

/** Measure phrases on free atoms (`covered`: atoms other candidates hold). */
export function measurePhrases(doc: FieldDoc, covered: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  const { atoms } = doc;
  for (let h = 1; h < atoms.length; h++) {
    const head = atoms[h];
    // Cheap shape test first: the heads are 4-6 lower-case letters.
    if (head === undefined || head.text.length < 4 || head.text.length > 6) continue;
    if (covered[h] === 1 || !MEASURE_PHRASE_HEADS.has(head.text)) continue;
    const first = qualifierStart(doc, covered, h);
    if (first === h) continue;
    const start = atoms[first]?.start ?? head.start;
    if (!measured(doc, start, head.end, h)) continue;
    found.push({
      doc,
      a0: first,
      a1: h + 1,
      start,
      end: head.end,
      type: 'metric',
      name: doc.text.slice(start, head.end),
      source: 'phrase',
      confidence: 0.6,
      typed: true,
    });
  }
  return found;
}

/** The first atom of the nouns before the head (`h` when there is none to take). */
function qualifierStart(doc: FieldDoc, covered: Uint8Array, h: number): number {
  const sentence = doc.sentenceOfAtom[h];
  let first = h;
  while (h - first < MAX_QUALIFIERS) {
    const k = first - 1;
    const atom = doc.atoms[k];
    if (atom === undefined || covered[k] === 1 || doc.sentenceOfAtom[k] !== sentence) break;
    if (doc.gaps[first] !== ' ' && doc.gaps[first] !== '-') break;
    if (atom.text !== atom.lower || atom.digitCount > 0 || atom.text.length < 3) break;
    if (!isContentWord(atom.lower) || isVerb(atom.lower) || PLURAL.test(atom.lower)) break;
    first = k;
  }
  // A qualifier cut out of a longer compound: "state-of-the-[art score]".
  if (doc.gaps[first] === '-') return h;
  // The word next to the head decides: "learning rate" is a setting whoever qualifies it.
  const last = doc.atoms[h - 1]?.lower ?? '';
  return first < h && !NON_MEASURE_QUALIFIERS.has(last) ? first : h;
}

function measured(doc: FieldDoc, start: number, end: number, h: number): boolean {
  const { before, after } = cueWindow(doc, start, end, h);
  return EVALUATED_BEFORE.test(before) || EVALUATED_AFTER.test(after) || VALUE_AFTER.test(after);
}
