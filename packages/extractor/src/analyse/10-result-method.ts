// Step 10, whose value: the method a result belongs to. The sentence's subject,
// not the baseline it is compared with: methods right after a comparison cue
// ("surpassing DeiT-B by 0.3%", "than ConvNeXt-T") are set aside; among the
// methods left before the value the paper's own is preferred ("Using PLANSEARCH
// on top of Claude 3.5 Sonnet achieves 77.0%"), else the nearest. When "we" is
// the subject ("we reduce the inference time of Stable Diffusion by 34.9%"), or
// no method is left, the value is the proposed method's.
// A value list joined by "|" or " / " takes the names listed with the same separator.
import { BASELINE_GAP, COMPARISON_CUE, NAME_LIST, WE_SUBJECT } from '../lexicon/result-cues';
import type { Placed } from './09-relations';
import type { Value } from './10-result-values';

/** A sentence's methods, read once for all of its values. */
export interface SentenceMethods {
  /** Method mentions of the sentence, in order, minus compared baselines. */
  subjects: Placed[];
  /** Compared baselines (methods right after a comparison cue). */
  baselines: Placed[];
  /** "we" comes before every method of the sentence. */
  weSubject: boolean;
  text: string;
  base: number;
}

export function sentenceMethods(text: string, base: number, methods: Placed[]): SentenceMethods {
  const first = methods[0];
  const we = WE_SUBJECT.exec(text);
  const weSubject = we !== null && (first === undefined || base + we.index < first.start);
  const baselines = new Set<Placed>();
  if (methods.length > 0) {
    COMPARISON_CUE.lastIndex = 0;
    for (let m = COMPARISON_CUE.exec(text); m !== null; m = COMPARISON_CUE.exec(text)) {
      const from = base + m.index + m[0].length;
      const comma = text.slice(m.index + m[0].length).search(/[,;]/);
      const to = comma < 0 ? base + text.length : from + comma;
      for (const p of methods) if (p.start >= from && p.start < to) baselines.add(p);
    }
  }
  return {
    subjects: methods.filter((p) => !baselines.has(p)),
    baselines: [...baselines],
    weSubject,
    text,
    base,
  };
}

/** The method of the value at `at`, or undefined when neither the sentence nor the paper names one. */
export function methodOf(
  sentence: SentenceMethods,
  at: number,
  isProposed: (entity: number) => boolean,
  proposed: number | undefined,
): number | undefined {
  const baseline = baselineValue(sentence, at);
  if (baseline !== undefined) return baseline;
  if (sentence.weSubject && proposed !== undefined) return proposed;
  let nearest: Placed | undefined;
  let own: number | undefined;
  for (const p of sentence.subjects) {
    if (p.end > at) break;
    nearest = p;
    if (isProposed(p.entity)) own = p.entity;
  }
  if (own !== undefined && nearest !== undefined && appositive(sentence, nearest))
    return nearest.entity;
  return own ?? nearest?.entity ?? proposed;
}

/**
 * A name set off by commas after the paper's own method names the model that reached the
 * value: "our MFTcoder fine-tuned model, CodeFuse-CodeLLama-34B, achieves … 74.4%"; not
 * after a comparison ("improvements over the current best model, GeoRSCLIP, with …").
 */
function appositive(sentence: SentenceMethods, p: Placed): boolean {
  const start = p.start - sentence.base;
  const after = sentence.text.slice(p.end - sentence.base, p.end - sentence.base + 2);
  const open = sentence.text.slice(0, start).search(/,\s?$/);
  if (open < 0 || !/^\s?,/.test(after)) return false;
  const head = sentence.text.slice(0, open);
  return !COMPARED.test(head.slice(head.search(/[^,;]*$/)));
}

/** A comparison cue anywhere in a phrase (the global COMPARISON_CUE, for one test). */
const COMPARED = new RegExp(COMPARISON_CUE.source, 'i');

/**
 * A value right after a compared baseline, with no "by" or clause break between, is the
 * baseline's own: "outperforming StyleGAN-T (13.9 in 0.1 second)", "surpassing GPT-4
 * performance (67%)"; "surpassing DeiT-B by 0.3%" is the subject's gain.
 */
function baselineValue(sentence: SentenceMethods, at: number): number | undefined {
  let last: Placed | undefined;
  for (const p of sentence.baselines)
    if (p.end <= at && (last === undefined || p.end > last.end)) last = p;
  if (last === undefined) return undefined;
  const between = sentence.text.slice(last.end - sentence.base, at - sentence.base);
  return BASELINE_GAP.test(between) ? last.entity : undefined;
}

/**
 * The methods of a value list joined by "|" or " / ", when the sentence lists as many names
 * with the same separator: "RT-DETR-R50 / R101 achieves 53.1% / 54.3% AP",
 * "75.15%|82.03% … for MobileNet-V1|ResNet-50". The k-th value is the k-th name's, or no
 * method's when that name is not a method (a wrong leaderboard row is worse than none).
 * Undefined when the list has no such separator or the sentence no such names.
 */
export function listMethods(
  text: string,
  base: number,
  list: Value[],
  methods: Placed[],
): (number | undefined)[] | undefined {
  const [a, b] = list;
  if (a === undefined || b === undefined) return undefined;
  const join = text.slice(a.end - base, b.start - base).trim();
  if (join !== '|' && join !== '/') return undefined;
  const names = NAME_LIST[join];
  const listStart = a.start - base;
  let best: (number | undefined)[] | undefined;
  let bestDistance = Infinity;
  names.lastIndex = 0;
  for (let m = names.exec(text); m !== null; m = names.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start <= listStart && end > listStart) continue;
    const items = m[0].split(join);
    if (items.length !== list.length) continue;
    const out: (number | undefined)[] = [];
    let at = start;
    for (const item of items) {
      const [from, to] = [base + at, base + at + item.length];
      out.push(methods.find((p) => p.start >= from && p.end <= to)?.entity);
      at += item.length + 1;
    }
    if (out.every((x) => x === undefined)) continue;
    const distance = Math.abs(start - listStart);
    if (distance < bestDistance) [best, bestDistance] = [out, distance];
  }
  return best;
}
