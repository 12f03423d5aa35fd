// Step 6f: an acronym the paper does not define, written before a technique head:
// "KV caching", "KL regularization", "CUR decomposition". The acronym alone names a
// tensor, a divergence or a factorisation, not a method; the gold names the technique
// with its head (dev-f #21, dev-g #131, #151, #251). Only shape-found acronyms: a known
// or defined one ("LLM pruning", "SVD decomposition") stays a name of its own, and so does
// one the field also writes without the head ("TSFM scaling" beside "TSFMs … the TSFM"):
// there the gold keeps the acronym, never the compound (dev-b, dev-c, dev-g).
import { METHOD_HEADS } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap, takenAtoms } from './01-prepare';

/** Widens bare shape acronyms over a lower-case technique head right after them, in place. */
export function extendAcronymHeads(candidates: Candidate[]): void {
  let taken: Set<number> | null = null;
  for (const c of candidates) {
    if (c.source !== 'shape' || c.a1 - c.a0 !== 1) continue;
    const { doc } = c;
    const atom = doc.atoms[c.a0];
    const head = doc.atoms[c.a1];
    if (atom === undefined || head === undefined || atom.upperCount < 2) continue;
    if (head.capitalised || head.upperCount > 0 || gap(doc, c.a1) !== ' ') continue;
    if (!METHOD_HEADS.has(head.lower) || writtenAlone(c, atom.text)) continue;
    taken ??= takenAtoms(candidates);
    if (taken.has(c.a1)) continue;
    c.a1 += 1;
    c.end = head.end;
    c.name = doc.text.slice(c.start, c.end);
    c.type = 'method';
    c.typed = true;
  }
}

/**
 * The field writes this acronym (or its plural) somewhere as a word of its own: before
 * punctuation or a lower-case word that is no technique head ("the TSFMs. …", "TSFMs for").
 * A capitalised word after it is a compound name ("KV Caches"), not a use on its own.
 */
function writtenAlone(c: Candidate, text: string): boolean {
  const { doc } = c;
  return doc.atoms.some((a, i) => {
    if (i === c.a0 || (a.text !== text && a.text !== `${text}s`)) return false;
    const next = doc.atoms[i + 1];
    if (next === undefined || gap(doc, i + 1) !== ' ') return true;
    return !next.capitalised && !METHOD_HEADS.has(next.lower);
  });
}
