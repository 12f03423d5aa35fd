// Step 6e (continued): a noun that narrows a bare measure. The lexicon finds
// "accuracy", but a paper that reports "lip-sync accuracy", "pose accuracy",
// "execution accuracy" or "diagnostic accuracy" names the narrower measure, and the
// annotators list that one (dev-p #67745, #70686, dev-s #62412, #63415, dev-c #117,
// dev-j #106). The measure takes one lower-case noun (or hyphen compound of content
// words: "lip-sync") just before it; adjectives, verbs and function words ("high
// accuracy", "improve accuracy", "the accuracy") are not nouns, nor are the generic
// qualifiers of `lexicon/metric-qualifiers.ts` ("model accuracy"). A noun that itself
// ends a longer compound ("question answer accuracy", "surrogate execution accuracy",
// dev-i #213, dev #240) leaves the measure bare: the gold keeps it so.
import { isContentWord, isKnownWord, isVerb } from '../english';
import { GENERIC_QUALIFIERS, NOUN_ENDING, QUALIFIED_MEASURES } from '../lexicon/metric-qualifiers';
import type { Candidate } from './model';

/** True for a bare lexicon measure a noun may narrow ("accuracy", "success rate"). */
export function isQualifiable(c: Candidate): boolean {
  return c.source === 'lexicon' && QUALIFIED_MEASURES.has(c.name);
}

/**
 * Widens the measure over the noun before it, in place (`taken`: atoms other candidates
 * hold). Leaves it as is when the word before is no narrowing noun.
 */
export function qualifyMeasure(c: Candidate, taken: ReadonlySet<number>): void {
  const { doc } = c;
  const k = c.a0 - 1;
  if (k < 0 || taken.has(k) || doc.gaps[c.a0] !== ' ') return;
  const sentence = doc.sentenceOfAtom[c.a0];
  let first = k;
  while (first > 0 && doc.gaps[first] === '-' && !taken.has(first - 1)) first--;
  if (doc.sentenceOfAtom[first] !== sentence) return;
  const words = doc.atoms.slice(first, k + 1);
  if (words.some((a) => a.text !== a.lower || a.digitCount > 0 || !isContentWord(a.lower))) return;
  const last = words[words.length - 1]?.lower ?? '';
  if (GENERIC_QUALIFIERS.has(last) || isVerb(last)) return;
  // A single unknown word must look like a noun; a hyphen compound is a modifier already.
  if (words.length === 1 && !isKnownWord(last) && !NOUN_ENDING.test(last)) return;
  const head = doc.atoms[first];
  if (head === undefined || inCompound(c, first)) return;
  c.a0 = first;
  c.start = head.start;
  c.name = doc.text.slice(c.start, c.end).toLowerCase();
  delete c.family;
}

/** True when a content word stands just before the qualifier, in the same compound. */
function inCompound(c: Candidate, first: number): boolean {
  const { doc } = c;
  const before = doc.atoms[first - 1];
  if (before === undefined || doc.gaps[first] !== ' ' || before.digitCount > 0) return false;
  if (doc.sentenceOfAtom[first - 1] !== doc.sentenceOfAtom[first]) return false;
  return isContentWord(before.lower);
}
