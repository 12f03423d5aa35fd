// Step 7a: a gate on efficiency measures named in passing. "latency", "model
// size", "number of parameters", "inference time" are metrics when the paper
// reports or compares them ("reduces latency by 2x", "with fewer parameters"),
// not when it mentions them ("as model size grows", "at inference time",
// "latency-sensitive applications"). Runs in step 7 over the whole paper, since
// one evaluated mention keeps every mention of that measure.
import { EVALUATED_AFTER, EVALUATED_BEFORE, PASSING_METRICS, SPEED_UP_VERB } from '../lexicon/cues';
import type { Candidate, FieldDoc } from './model';

/** How many characters around a mention are read for a cue (same sentence only). */
const WINDOW = 60;

/**
 * The efficiency measures mentioned only in passing: gated candidates whose name is never
 * reported or compared anywhere in the paper. Usually empty.
 */
export function passingMetrics(candidates: Candidate[]): Set<Candidate> {
  const gated: Candidate[] = [];
  const evaluated = new Set<string>();
  candidates.forEach((c, k) => {
    if (!isGated(c)) return;
    gated.push(c);
    if (inEvaluationContext(c, candidates[k - 1], candidates[k + 1])) evaluated.add(c.name);
  });
  return new Set(gated.filter((c) => !evaluated.has(c.name)));
}

function isGated(c: Candidate): boolean {
  if (c.type !== 'metric') return false;
  // "speedup" is a reported figure except as the verb ("how to speed up inference").
  if (c.name === 'speedup') return isSpeedUpVerb(c);
  return PASSING_METRICS.has(c.name);
}

function isSpeedUpVerb(c: Candidate): boolean {
  const text = c.doc.text;
  if (!/^speed up$/i.test(text.slice(c.start, c.end))) return false;
  return SPEED_UP_VERB.test(text.slice(Math.max(0, c.start - 20), c.start));
}

/** True when the mention is reported or compared, not only named. */
export function inEvaluationContext(
  c: Candidate,
  prev: Candidate | undefined,
  next: Candidate | undefined,
): boolean {
  if (c.name === 'speedup') return false;
  const { before, after } = cueWindow(c.doc, c.start, c.end, c.a0);
  // "at inference time", "during runtime": when, not how long.
  if (/\b(?:at|during)\s+$/i.test(before)) return false;
  // "latency-sensitive", "runtime width configurations": a modifier.
  if (/^-(?:sensitive|critical|bound|constrained)/i.test(after)) return false;
  if (EVALUATED_BEFORE.test(before) || EVALUATED_AFTER.test(after)) return true;
  // A list of measures: "accuracy, model size, and latency"; "FLOPs and model parameters".
  return [prev, next].some((o) => coordinatedMetric(c, o));
}

/**
 * The text a measurement cue is read from: up to WINDOW characters before `start` and after
 * `end`, within the sentence of atom `atom`. Shared with the measure phrases of step 6f.
 */
export function cueWindow(
  doc: FieldDoc,
  start: number,
  end: number,
  atom: number,
): { before: string; after: string } {
  const sentence = doc.sentences[doc.sentenceOfAtom[atom] ?? -1];
  const from = Math.max(sentence?.start ?? 0, start - WINDOW);
  const to = Math.min(sentence?.end ?? doc.text.length, end + WINDOW);
  return { before: doc.text.slice(from, start), after: doc.text.slice(end, to) };
}

function coordinatedMetric(c: Candidate, other: Candidate | undefined): boolean {
  if (other === undefined || other.doc !== c.doc || other.type !== 'metric') return false;
  const between =
    other.end <= c.start
      ? c.doc.text.slice(other.end, c.start)
      : c.doc.text.slice(c.end, other.start);
  return /^\s*(?:,|,?\s*and|,?\s*or|\/|\()\s*$/.test(between);
}
