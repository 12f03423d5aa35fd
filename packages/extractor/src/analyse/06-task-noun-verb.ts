// Steps 5 and 6b: a verb's base form used as a noun inside a task name. compromise
// lists "yield", "target", "crop", "stitch" as verbs, so a task phrase stopped at
// them: "crop yield prediction" (dev-s) and "target detection" lost their first
// words. In a compound the base form is a noun when a noun phrase opens before it
// ("for target detection", "the yield prediction") or a singular noun precedes it
// ("crop yield prediction"); after a subject, "to" or "and" it stays a verb ("we
// target detection", "to improve detection").
import { isContentWord, isVerb } from '../english';
import { NOUN_PHRASE_OPENERS } from '../lexicon/task-heads';
import type { FieldDoc } from './model';
import { gap } from './01-prepare';

/** True when atom `k`, a verb to compromise, is a noun modifier here. */
export function nounUse(doc: FieldDoc, k: number): boolean {
  const word = doc.atoms[k]?.lower ?? '';
  // Only a base form: "improves", "improved", "improving" are never nouns here.
  if (word.length < 3 || !isContentWord(word) || /(?:s|ed|ing)$/.test(word)) return false;
  const before = doc.atoms[k - 1];
  if (before === undefined || gap(doc, k) !== ' ') return false;
  if (NOUN_PHRASE_OPENERS.has(before.lower)) return true;
  return (
    /^\p{Ll}{3,}$/u.test(before.text) &&
    !before.lower.endsWith('s') &&
    isContentWord(before.lower) &&
    !isVerb(before.lower)
  );
}
