// Step 6e: the phase of an efficiency measure. The lexicon knows "speedup",
// "latency" and "throughput", but a paper that reports an "inference speedup",
// "first-token latency" or "training throughput" names the narrower measure, and
// the annotators list it so (dev-g #251, #291, dev-h #3; GUIDELINES.md: "the most
// complete form written"). A measure takes one phase word (or hyphen compound)
// from `MEASURE_PHASES` before it, and a split "speed-up" its "-up" tail
// ("inference speed-up", dev-f #141).
import { MEASURE_PHASES, PHASED_MEASURES } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap, takenAtoms } from './01-prepare';

/** Widens metric spans over the phase they are measured in, in place. */
export function extendMetrics(candidates: Candidate[]): void {
  let taken: Set<number> | null = null;
  for (const c of candidates) {
    if (c.type !== 'metric' || !PHASED_MEASURES.has(c.name.toLowerCase().replace(/ /g, '-')))
      continue;
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
  }
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
