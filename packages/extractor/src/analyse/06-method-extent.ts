// Step 6c: the full name of a known technique. The lexicon knows "pruning",
// "convolution", "self-attention", "Transformer"; a paper that uses "iterative
// pruning", "pointwise convolution", "sliced group self-attention" or
// "decoder-only Transformers" names a specific variant, and the gold names it
// so. Unlike tasks (step 6b), technique modifiers are mostly adjectives, so only
// the established qualifiers of `lexicon/cues.ts` METHOD_QUALIFIERS extend a
// name, and only names whose last word is a technique head (METHOD_EXTENT_HEADS).
import { METHOD_EXTENT_HEADS, METHOD_QUALIFIERS } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap, takenAtoms } from './01-prepare';
import { extendAcronymHeads } from './06-method-acronym-head';
import { extendNamedHeads } from './06-method-named-head';
import { extendVariants } from './06-method-variant';

/** At most this many qualifiers: "sliced group self-attention", "hard negative sampling". */
const MAX_QUALIFIERS = 2;

/** Widens lexicon technique spans over their qualifiers, in place. */
export function extendMethods(candidates: Candidate[]): void {
  const taken = takenAtoms(candidates);
  for (const c of candidates) {
    if (c.type !== 'method' || c.source !== 'lexicon') continue;
    const { doc } = c;
    const head = doc.atoms[c.a1 - 1]?.lower.replace(/s$/, '') ?? '';
    if (!METHOD_EXTENT_HEADS.has(head)) continue;
    let first = c.a0;
    for (let n = 0; n < MAX_QUALIFIERS; n++) {
      const k = first - 1;
      const g = gap(doc, first);
      if (k < 0 || taken.has(k) || (g !== ' ' && g !== '-')) break;
      // A hyphen compound is one qualifier: "encoder-only", "non-local", "criss-cross".
      let start = k;
      while (start > 0 && gap(doc, start) === '-' && !taken.has(start - 1)) start--;
      const word = doc.atoms
        .slice(start, k + 1)
        .map((a) => a.lower)
        .join('-');
      if (!METHOD_QUALIFIERS.has(word)) break;
      first = start;
    }
    const atom = doc.atoms[first];
    if (first === c.a0 || atom === undefined) continue;
    c.a0 = first;
    c.start = atom.start;
    c.name = doc.text.slice(c.start, c.end);
  }
  extendNamedHeads(candidates);
  extendVariants(candidates);
  extendAcronymHeads(candidates);
}
