// Step 6 (before shapes): a measure at a cut-off, "Recall@50", "Delta-Hit@5",
// "mAP@50:95", "pass@200". A name followed by "@" and a number is a ranking or
// detection measure in every abstract of the field (an e-mail address has letters after
// its "@"); annotators keep each cut-off as its own metric (dev-q #14271: "Recall@10" and
// "Recall@50"). The lexicon lists the common ones; this step takes the rest, replacing
// the lexicon spans inside them ("Recall" alone) so step 4 cannot read "Delta-Hit" as a
// method. Only texts with an "@" are looked at.
import type { Candidate, FieldDoc } from './model';

/** A cut-off: digits ("50", "0.5") or the letter k ("Recall@K"). */
const CUT_OFF = /^(?:\d+(?:\.\d+)?|[kK])$/;
/** A year: "@2025" after a workshop's name. */
const YEAR = /^(?:19|20)\d\d$/;
/** Characters that join a range or a second cut-off: "mAP@50:95", "AP@0.5-0.95". */
const RANGE_JOIN = new Set([':', '-', '–']);

/** `lexical` without the spans a cut-off measure covers, plus those measures. */
export function withMetricsAtK(doc: FieldDoc, lexical: Candidate[]): Candidate[] {
  const { text } = doc;
  let at = text.indexOf('@');
  if (at < 0) return lexical;
  const found: Candidate[] = [];
  for (; at >= 0; at = text.indexOf('@', at + 1)) {
    const c = atK(doc, at);
    if (c !== null) found.push(c);
  }
  if (found.length === 0) return lexical;
  const kept = lexical.filter((l) => {
    const over = found.find((f) => f.start < l.end && l.start < f.end);
    return over === undefined || (l.start === over.start && l.end === over.end);
  });
  const exact = (f: Candidate): boolean => kept.some((l) => l.start === f.start && l.end === f.end);
  return [...kept, ...found.filter((f) => !exact(f))].sort((a, b) => a.start - b.start);
}

/** The measure whose "@" is at `at`, or null. */
function atK(doc: FieldDoc, at: number): Candidate | null {
  const { atoms, gaps } = doc;
  const k = firstAtomFrom(doc, at + 1);
  const cut = atoms[k];
  const name = atoms[k - 1];
  if (cut === undefined || name === undefined || gaps[k] !== '@' || cut.start !== at + 1) {
    return null;
  }
  if (!CUT_OFF.test(cut.text) || name.digitCount === name.text.length) return null;
  // A year names an edition, not a cut-off: "DravidianLangTech@2025".
  if (YEAR.test(cut.text)) return null;
  let a1 = k + 1;
  while (RANGE_JOIN.has(gaps[a1] ?? '') && /^\d/.test(atoms[a1]?.text ?? '')) a1++;
  // A hyphenated name: "Delta-Hit@5".
  let a0 = k - 1;
  while (a0 > 0 && gaps[a0] === '-' && (atoms[a0 - 1]?.digitCount ?? 1) === 0) a0--;
  const first = atoms[a0];
  const last = atoms[a1 - 1];
  if (first === undefined || last === undefined) return null;
  return {
    doc,
    a0,
    a1,
    start: first.start,
    end: last.end,
    type: 'metric',
    name: doc.text.slice(first.start, last.end),
    source: 'shape',
    confidence: 0.8,
    typed: true,
  };
}

/** Index of the first atom starting at or after `offset` (binary search). */
function firstAtomFrom(doc: FieldDoc, offset: number): number {
  let lo = 0;
  let hi = doc.atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.atoms[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
