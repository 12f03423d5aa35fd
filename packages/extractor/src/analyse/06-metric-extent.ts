// Step 6e: the phase of an efficiency measure. The lexicon knows "speedup",
// "latency" and "throughput", but a paper that reports an "inference speedup",
// "first-token latency" or "training throughput" names the narrower measure, and
// the annotators list it so (dev-g #251, #291, dev-h #3; GUIDELINES.md: "the most
// complete form written"). A measure takes one phase word (or hyphen compound)
// from `MEASURE_PHASES` before it, and a split "speed-up" its "-up" tail
// ("inference speed-up", dev-f #141).
//
// A score written with a capital ("F1", "AUROC", "F-measure") also takes a named
// qualifier written with capitals before it, which makes it a named variant of the
// score: "ODS F-measure", "Mahalanobis AUROC", "Soft F1", "Strict Imperfection Penalty
// F1" (dev-r #53755, #59312, dev-s #62412; the bench-corpus annotators name them so).
// A dataset before it ("ImageNet mAP") is its own candidate, and taken.
import { METRIC_QUALIFIER_STOP, MEASURE_PHASES, PHASED_MEASURES } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap, takenAtoms } from './01-prepare';
import { isQualifiable, qualifyMeasure } from './06-metric-qualified';

/** Widens metric spans over the phase they are measured in, in place. */
export function extendMetrics(candidates: Candidate[]): void {
  let taken: Set<number> | null = null;
  const swallowed = new Set<Candidate>();
  candidates.forEach((c, i) => {
    if (c.type !== 'metric' || swallowed.has(c)) return;
    if (!PHASED_MEASURES.has(c.name.toLowerCase().replace(/ /g, '-'))) {
      if (abbreviated(c)) {
        taken ??= takenAtoms(candidates);
        qualify(c, candidates[i - 1], taken, swallowed);
      } else if (isQualifiable(c)) {
        taken ??= takenAtoms(candidates);
        qualifyMeasure(c, taken);
      }
      return;
    }
    taken ??= takenAtoms(candidates);
    const { doc } = c;
    let changed = false;
    // "inference speed" + "-up": the lexicon stopped inside the compound.
    if (/speed$/i.test(c.name) && gap(doc, c.a1) === '-' && doc.atoms[c.a1]?.lower === 'up') {
      const up = doc.atoms[c.a1];
      if (up !== undefined) {
        c.a1 += 1;
        c.end = up.end;
        changed = true;
      }
    }
    const first = phaseStart(c, taken);
    const atom = doc.atoms[first];
    if (first < c.a0 && atom !== undefined) {
      c.a0 = first;
      c.start = atom.start;
      changed = true;
    }
    if (changed) c.name = doc.text.slice(c.start, c.end);
  });
  if (swallowed.size === 0) return;
  const kept = candidates.filter((c) => !swallowed.has(c));
  candidates.splice(0, candidates.length, ...kept);
}

/** The first atom of a phase word before the measure (`c.a0` when there is none). */
function phaseStart(c: Candidate, taken: Set<number>): number {
  const { doc } = c;
  const k = c.a0 - 1;
  if (k < 0 || taken.has(k) || gap(doc, c.a0) !== ' ') return c.a0;
  // A hyphen compound is one phase word: "first-token", "end-to-end", "wall-clock".
  let start = k;
  while (start > 0 && gap(doc, start) === '-' && !taken.has(start - 1)) start--;
  const phase = doc.atoms
    .slice(start, k + 1)
    .map((a) => a.lower)
    .join('-');
  return MEASURE_PHASES.has(phase) ? start : c.a0;
}

/** The metric is written as an abbreviation: "F1", "AUROC", the "F" of "F-measure". */
function abbreviated(c: Candidate): boolean {
  const atom = c.doc.atoms[c.a0];
  return (
    atom !== undefined &&
    atom.upperCount > 0 &&
    atom.upperCount + atom.digitCount === atom.text.length
  );
}

/** Words a capitalised qualifier may have (a name, not a sentence). */
const MAX_QUALIFIER = 3;

/**
 * Widens a score written as an abbreviation over the capitalised words just before it, in
 * place; a shape-found name there with no type of its own ("Mahalanobis", "ODS") is the
 * qualifier and goes into `swallowed`. The name is as written, without a trailing "score"
 * ("Soft F1 score" is "Soft F1", as the gold names it).
 */
function qualify(
  c: Candidate,
  left: Candidate | undefined,
  taken: Set<number>,
  swallowed: Set<Candidate>,
): void {
  const { doc } = c;
  const sentence = doc.sentenceOfAtom[c.a0];
  let first = c.a0;
  let eaten: Candidate | undefined;
  while (c.a0 - first < MAX_QUALIFIER) {
    const k = first - 1;
    const atom = doc.atoms[k];
    if (atom === undefined || !atom.capitalised || METRIC_QUALIFIER_STOP.has(atom.lower)) break;
    if (doc.gaps[first] !== ' ' || doc.sentenceOfAtom[k] !== sentence) break;
    if (taken.has(k)) {
      // Only an untyped shape guess that ends just here, and only once.
      if (eaten !== undefined || left === undefined || left.doc !== doc || left.a1 !== first) break;
      if (left.typed || left.source !== 'shape' || left.a1 - left.a0 > MAX_QUALIFIER) break;
      eaten = left;
      first = left.a0;
      continue;
    }
    first = k;
  }
  const head = doc.atoms[first];
  // The first word of a sentence is capitalised for the sentence, not for the name.
  if (first === c.a0 || head === undefined || doc.sentenceOfAtom[first - 1] !== sentence) return;
  if (eaten !== undefined) swallowed.add(eaten);
  c.a0 = first;
  c.start = head.start;
  c.name = doc.text.slice(c.start, c.end).replace(/\s+score$/i, '');
  delete c.family;
}
