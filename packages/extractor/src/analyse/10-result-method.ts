// Step 10, whose value: the method a result belongs to. The sentence's subject,
// not the baseline it is compared with: methods right after a comparison cue
// ("surpassing DeiT-B by 0.3%", "than ConvNeXt-T") are set aside; among the
// methods left before the value the paper's own is preferred ("Using PLANSEARCH
// on top of Claude 3.5 Sonnet achieves 77.0%"), else the nearest. When "we" is
// the subject ("we reduce the inference time of Stable Diffusion by 34.9%"), or
// no method is left, the value is the proposed method's.
import { BASELINE_GAP, COMPARISON_CUE, WE_SUBJECT } from '../lexicon/result-cues';
import type { Placed } from './09-relations';

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
  if (methods.length > 1) {
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
  let nearest: number | undefined;
  let own: number | undefined;
  for (const p of sentence.subjects) {
    if (p.end > at) break;
    nearest = p.entity;
    if (isProposed(p.entity)) own = p.entity;
  }
  return own ?? nearest ?? proposed;
}

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
