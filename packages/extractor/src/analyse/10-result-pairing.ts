// Step 10, pairing: which metric, dataset and earlier result each value of a sentence
// goes with — lists paired in order, the clause around a value, the nearest name with
// no other value between, "respectively" lists, values coordinated under one dataset.
// `10-results` asks these for each value; they read the sentence text and the mentions
// placed in it, never the whole paper.
import {
  CLAUSE_BREAK,
  CONTRAST,
  FOLLOWS,
  LIST_JOIN,
  METRIC_AND,
  RESPECTIVELY,
} from '../lexicon/result-cues';
import type { Placed } from './09-relations';
import type { Value } from './10-result-values';

export function inClause(xs: Placed[], from: number, to: number): Placed[] {
  return xs.filter((h) => h.start >= from && h.end <= to);
}

/** The distinct entities of `xs` in order of first mention, when a list of `n` (≥ 2) values can pair with them. */
export function inOrder(xs: Placed[], n: number): number[] | undefined {
  if (n < 2) return undefined;
  const out: number[] = [];
  for (const x of xs) if (!out.includes(x.entity)) out.push(x.entity);
  return out.length === n ? out : undefined;
}

/**
 * The datasets a list of `n` values pairs with in order, when they are not told apart by a
 * metric between them: "53.1% / 54.3% AP on COCO and 108 / 74 FPS on T4 GPU" does not give
 * the 54.3% to T4 ("on Cityscapes, ADE20K and LIP respectively" pairs).
 */
export function listed(datasets: Placed[], n: number, metrics: Placed[]): number[] | undefined {
  const out = inOrder(datasets, n);
  if (out === undefined) return undefined;
  // Between the first mentions of the first and the last ("on two datasets, A and B, …").
  const from = datasets[0]?.end ?? 0;
  const to = datasets.find((d) => d.entity === out[out.length - 1])?.start ?? 0;
  return metrics.some((m) => m.start >= from && m.end <= to) ? undefined : out;
}

/**
 * The metric a few words after the last value of a list of like values ("0.78 and 0.76
 * Spearman correlation"); "(1.6 ms, 74.7% top-1)" mixes units, its metric is the 74.7%'s.
 */
export function after(
  metrics: Placed[],
  list: Value[],
  text: string,
  base: number,
): number | undefined {
  const last = list[list.length - 1];
  if (last === undefined || list.some((v) => unit(v) !== unit(last))) return undefined;
  const i = metrics.findIndex((m) => m.start >= last.end);
  const m = metrics[i];
  if (m === undefined || !FOLLOWS.test(text.slice(last.end - base, m.start - base)))
    return undefined;
  // "1.9% and 2.7% increases in F1-score and IoU": a list of metrics pairs in order.
  const next = metrics[i + 1];
  return next !== undefined && LIST_JOIN.test(text.slice(m.end - base, next.start - base))
    ? undefined
    : m.entity;
}

/**
 * The sentence's only metric, unless a contrast stands between it and the value: in
 * "reduce inference time by 50% while maintaining 99% performance" the 99% is not an
 * inference time, while "MAPE of 0.336 on A, 0.353 on B" shares its metric.
 */
export function onlyUnbroken(
  xs: Placed[],
  own: Span,
  text: string,
  base: number,
): number | undefined {
  const one = only(xs);
  if (one === undefined) return undefined;
  for (const x of xs) {
    const between =
      x.start >= own[1]
        ? text.slice(own[1] - base, x.start - base)
        : text.slice(x.end - base, own[0] - base);
    if (!CONTRAST.test(between)) return one;
  }
  return undefined;
}

/** The one entity the sentence names (under any number of mentions). */
export function only(xs: Placed[]): number | undefined {
  const first = xs[0]?.entity;
  return xs.every((x) => x.entity === first) ? first : undefined;
}

/**
 * The clause around position `i` of the sentence text, as absolute offsets: between
 * commas, semicolons, or a conjunction that starts a new phrase ("an ImageNet accuracy
 * of 86.2% and an ImageNet-A accuracy of 61.6%", "… while maintaining 99%").
 */
export function clause(text: string, i: number, base: number): [number, number] {
  let before = -1;
  let after = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
    if (m.index < i) before = m.index + m[0].length - 1;
    else {
      after = m.index;
      break;
    }
  }
  return [base + before + 1, base + after];
}

export type Span = [number, number];

/**
 * The mention nearest to the value (or list) `own`, none of the sentence's other values
 * standing between them: in "inference time by 50% and 40% while maintaining 99%
 * performance" the 99% is not an inference time.
 */
export function nearest(
  xs: Placed[],
  own: Span,
  others: Value[],
  text?: string,
  base = 0,
  follows = FOLLOWS,
): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const x of xs) {
    const [from, to] = x.start >= own[1] ? [own[1], x.start] : [x.end, own[0]];
    if (others.some((w) => w.start >= from && w.end <= to)) continue;
    // "8.9% higher GLUE score", "1.3x reduction in FLOPs": a name a few words after the
    // value is what it measures, even when another stands closer before it.
    if (text !== undefined && x.start >= own[1] && follows.test(text.slice(from - base, to - base)))
      return x.entity;
    const d = to - from;
    if (d >= bestDistance) continue;
    best = x.entity;
    bestDistance = d;
  }
  return best;
}

/**
 * A list of values followed by "respectively" that no names of the sentence pair with in
 * order: it pairs with the sentence's earlier single values, when as many came before and
 * each gave a result ("… 52.2 mIoU on ADE20K, surpassing Swin by +1.2, +2.0, +1.4, and +2.0
 * respectively"); else, when the sentence names several datasets, null, no result
 * (CCNet's three values with one of three datasets mistyped). Undefined when the list is
 * not followed by "respectively", or the sentence has one dataset.
 */
export function respectively(
  text: string,
  base: number,
  list: Value[],
  next: Value[] | undefined,
  earlier: { dataset: number; metric: number }[],
  seen: number,
  datasets: Placed[],
): { dataset: number; metric: number }[] | null | undefined {
  const last = list[list.length - 1];
  if (list.length < 2 || last === undefined) return undefined;
  const after = text.slice(last.end - base, (next?.[0]?.start ?? base + text.length) - base);
  if (!RESPECTIVELY.test(after)) return undefined;
  if (seen === list.length && earlier.length === list.length) return earlier;
  // With one dataset, "respectively" pairs something else (splits, stages, tasks: "76.81%
  // and 83.92% during the validation and testing stages, respectively"): the values share it.
  return only(datasets) === undefined ? null : undefined;
}

/**
 * The values coordinated with `v`, each with its own metric, that share what follows:
 * "53.9 box AP and 46.4 mask AP on the COCO detection task" — the 46.4 does not keep the
 * 53.9 from COCO.
 */
export function coordinated(
  text: string,
  base: number,
  values: Value[],
  v: Value,
  metrics: Placed[],
): Value[] {
  const out: Value[] = [];
  let prev = v;
  for (const w of values) {
    if (w.start <= v.start) continue;
    const gap = text.slice(prev.end - base, w.start - base);
    if (!METRIC_AND.test(gap) || !metrics.some((m) => m.start >= prev.end && m.end <= w.start))
      break;
    out.push(w);
    prev = w;
  }
  return out;
}

/** What a value is written in: "%", "ms", "x", "" for a bare number. */
function unit(v: Value): string {
  return v.text.replace(/^[+\-−±]?\d+(?:\.\d+)?/, '').replace(/[\s\\]/g, '');
}
