// Tokens shaped like names that are debris of the source text: LaTeX whose backslashes
// were lost on the way to the listing, BibTeX keys left in place of a citation, and letters
// capitalised for emphasis. Step 4 never starts a name on one of them. Each pattern has an
// example as it appears in a real abstract and the reason it is debris.
export interface JunkShape {
  pattern: RegExp;
  example: string;
  reason: string;
}

export const JUNK_SHAPES: readonly JunkShape[] = [
  {
    pattern: /^\p{Ll}+(?:19|20)\d\d\p{Ll}+$/u,
    example: 'the spike-driven Transformer in yao2023spike (data/004)',
    reason:
      'a BibTeX key (author, year, first title word) left by a \\cite{} whose command was lost',
  },
  {
    pattern: /^(?:approx|sim|geq|leq|neq|times)\d/u,
    example: 'achieve approx13% and approx25% reductions (data/002)',
    reason: 'a LaTeX relation (\\approx, \\sim, \\geq …) glued to the number it qualifies',
  },
  {
    pattern: /^\p{Lu}(?:geq|leq|neq|approx|sim|in|to)$/u,
    example: 'Here Tgeq 0 denotes (data/000)',
    reason: 'a variable glued to a LaTeX relation that lost its backslash ("T\\geq 0")',
  },
  {
    pattern: /^(?:log|ln|exp|sqrt)\p{Lu}$/u,
    example: 'in O(N logN) time (data/001)',
    reason: 'a LaTeX function glued to its one-letter argument ("\\log N")',
  },
  {
    pattern: /^to\d/u,
    example: 'models (22M to1.5B) (data/004)',
    reason: 'a range "to" glued to its upper bound',
  },
  {
    pattern:
      /^(?:\p{Ll}{2,}\p{Lu}{3,}|\p{Lu}{3,}\p{Ll}{3,}|\p{Ll}+\p{Lu}+\p{Ll}+|\p{Lu}{2}\p{Ll}{2,})$/u,
    example:
      'a relaxation of disCRETE (Concrete) random variables (data/000); ' +
      'Scalable visiOn-Language mOdeling (SOLO), NOise … traNsport (Norton)',
    reason:
      'an English word with some letters capitalised to spell out an acronym; ' +
      'only when the word lower-cased is English (checked by the caller)',
  },
];

/** The last pattern needs the English check; the others are debris whatever the word. */
const EMPHASIS = JUNK_SHAPES.length - 1;

/** Whether `text` (one atom) is debris; `isEnglish` decides the letter-emphasis pattern. */
export function isJunkShape(text: string, isEnglish: (lower: string) => boolean): boolean {
  for (let k = 0; k < JUNK_SHAPES.length; k++) {
    if (!JUNK_SHAPES[k]!.pattern.test(text)) continue;
    if (k !== EMPHASIS || isEnglish(text.toLowerCase())) return true;
  }
  return false;
}
