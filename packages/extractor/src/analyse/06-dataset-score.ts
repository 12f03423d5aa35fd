// Step 6e: "<benchmark> score" is a metric of its own ("8.9% higher GLUE score",
// "a GenEval score of 0.55"), while the benchmark stays a dataset: the gold of
// dev-b, dev-d and dev-e names both, and its results pair them (dataset GLUE,
// metric "GLUE score"). Runs at the end of step 6, once datasets are typed.
import { DATASET_NAME } from '../lexicon/cues';
import type { Candidate } from './model';
import { gap } from './01-prepare';

const SCORE = new Set(['score', 'scores']);

/** Adds a metric candidate over each "<dataset> score", after its dataset, in place. */
export function addDatasetScores(candidates: Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c === undefined || !followedByScore(c)) continue;
    // "score" after a shape-found name typed it a metric; a benchmark-shaped name
    // ("GenEval", "…Bench") is the dataset the score is on.
    if (c.type === 'metric' && c.source === 'shape' && DATASET_NAME.test(c.name)) {
      c.type = 'dataset';
    }
    if (c.type !== 'dataset') continue;
    const score = c.doc.atoms[c.a1];
    if (score === undefined) continue;
    const name = `${c.doc.text.slice(c.start, c.end)} score`;
    const metric: Candidate = {
      doc: c.doc,
      a0: c.a0,
      a1: c.a1 + 1,
      start: c.start,
      end: score.end,
      type: 'metric',
      name,
      source: 'phrase',
      confidence: 0.5,
      typed: true,
    };
    candidates.splice(k + 1, 0, metric);
    k++;
  }
}

function followedByScore(c: Candidate): boolean {
  const next = c.doc.atoms[c.a1];
  return next !== undefined && gap(c.doc, c.a1) === ' ' && SCORE.has(next.lower);
}
