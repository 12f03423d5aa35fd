// Step 10, values: the numbers of a sentence that can be results, and the lists
// they form. A value is a number as written with its unit ("85.7%", "2.3x",
// "1.6 ms"), not part of a name ("Claude 3.5 Sonnet", "AlpacaEval 2.0"), not a
// size or a count ("0.76 MB", "0.09 second"), and not the starting point of a
// change ("from 89.6% to 15.0%"). Values joined by commas, "and", "/" or "|"
// form a list ("81.9%, 45.76% and 55.47% on A, B and C respectively").
import {
  BASELINE_CUE,
  FROM_BEFORE,
  LIST_JOIN,
  NOT_RESULT_AFTER,
  POINTS_AFTER,
  QUALIFIER_AFTER,
  RESULT_SHAPE,
  SPREAD,
  SPREAD_BEFORE,
  TO_AFTER,
} from '../lexicon/result-cues';
import { VALUE } from '../lexicon/patterns';
import type { Placed } from './09-relations';

/** A value found in a sentence, with absolute offsets. */
export interface Value {
  text: string;
  start: number;
  end: number;
}

/** The result-shaped values of the sentence `text` starting at offset `base`. */
export function sentenceValues(text: string, base: number, mentions: Placed[]): Value[] {
  const out: Value[] = [];
  // Read once, and only for a sentence that has a value at all.
  let baselines: number[] | undefined;
  VALUE.lastIndex = 0;
  for (let m = VALUE.exec(text); m !== null; m = VALUE.exec(text)) {
    const raw = m[0];
    const value = raw.trim();
    const i = m.index;
    const j = i + raw.length;
    const after = text.slice(j, j + 24);
    if (!RESULT_SHAPE.test(value) && !POINTS_AFTER.test(after)) continue;
    if (/\d$/.test(value) && NOT_RESULT_AFTER.test(after)) continue;
    if (QUALIFIER_AFTER.test(after) || SPREAD.test(after)) continue;
    const before = text.slice(Math.max(0, i - 8), i);
    if (SPREAD_BEFORE.test(before) || (FROM_BEFORE.test(before) && TO_AFTER.test(after))) continue;
    baselines ??= baselineStarts(text);
    if (ofBaseline(text, baselines, i)) continue;
    const start = base + i;
    const end = base + i + value.length;
    if (insideMention(mentions, start, end)) continue;
    out.push({ text: value, start, end });
  }
  return out;
}

/** Consecutive values joined only by list punctuation or "and", as index runs. */
export function valueLists(text: string, base: number, values: Value[]): Value[][] {
  const out: Value[][] = [];
  let run: Value[] = [];
  for (const v of values) {
    const last = run[run.length - 1];
    if (last !== undefined && LIST_JOIN.test(text.slice(last.end - base, v.start - base)))
      run.push(v);
    else {
      if (run.length > 0) out.push(run);
      run = [v];
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** Where each baseline cue ends in the sentence ("compared to ▮88.46%"). */
function baselineStarts(text: string): number[] {
  const out: number[] = [];
  BASELINE_CUE.lastIndex = 0;
  for (let m = BASELINE_CUE.exec(text); m !== null; m = BASELINE_CUE.exec(text))
    out.push(m.index + m[0].length);
  return out;
}

/** The value at `i` follows a baseline cue in its clause, with no "by" between. */
function ofBaseline(text: string, baselines: number[], i: number): boolean {
  for (const b of baselines) {
    if (b > i) break;
    if (!/[,;()]|\bby\b/.test(text.slice(b, i))) return true;
  }
  return false;
}

function insideMention(mentions: Placed[], start: number, end: number): boolean {
  for (const p of mentions) if (p.start < end && start < p.end) return true;
  return false;
}
