// Step 6d: named variants of a known dataset. "CIFAR100-MTL", "SNLI-VE",
// "VTAB-1k", "CIFAR-10-C" are their own datasets (GUIDELINES.md, second round:
// "resolution or size variants that are named separately are their own
// entities"), but the lexicon match stops at "CIFAR100" and step 4 will not
// start a name on the tail of a known one. A lexicon dataset followed by a
// hyphen and a name-like token takes that token into its name.
import type { Candidate } from './model';
import { gap, takenAtoms } from './01-prepare';

/** A variant suffix: "MTL", "VE", "1k", "C", "LT", "mini", "v2", "360" (not "based", "scale"). */
const SUFFIX = /^(?:\p{Lu}[\p{L}\p{N}]*|\d+[kKmM]?|v\d+|mini|tiny|full|lite|hard|easy)$/u;

/** Widens lexicon dataset spans over a named-variant suffix, in place. */
export function extendDatasets(candidates: Candidate[]): void {
  const taken = takenAtoms(candidates);
  for (const c of candidates) {
    if (c.type !== 'dataset' || c.source !== 'lexicon') continue;
    const { doc } = c;
    const next = doc.atoms[c.a1];
    if (next === undefined || taken.has(c.a1) || gap(doc, c.a1) !== '-') continue;
    if (!SUFFIX.test(next.text)) continue;
    c.a1 += 1;
    c.end = next.end;
    c.name = doc.text.slice(c.start, c.end);
  }
}
