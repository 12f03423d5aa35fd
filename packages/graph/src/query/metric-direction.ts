// Which way is better for a metric. Data, not logic: each pattern with the metrics it covers.
// Anything not listed is taken as higher-is-better (accuracy, F1, BLEU, mAP, Dice, …).

export const LOWER_IS_BETTER: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /error|\berr\b|wer\b|cer\b|ter\b/i, why: 'error rates: WER, CER, TER, top-1 error' },
  { pattern: /loss|perplexity|\bppl\b/i, why: 'losses and perplexity' },
  {
    pattern: /\bfid\b|\bkid\b|fréchet|frechet|inception distance/i,
    why: 'FID / KID: distances to real data',
  },
  {
    pattern: /\bmae\b|\bmse\b|rmse|absolute error|squared error|\bnll\b|\bepe\b|chamfer/i,
    why: 'regression and reconstruction errors',
  },
  {
    pattern: /latency|runtime|inference time|memory|flops|\bmacs?\b|parameters|params|energy|cost/i,
    why: 'resources: time, memory, compute, size',
  },
  {
    pattern: /\beer\b|false positive|miss rate|hausdorff|\bhd95\b|distance/i,
    why: 'equal error rate, false alarms, surface distances',
  },
];

export function lowerIsBetter(metric: string): boolean {
  return LOWER_IS_BETTER.some(({ pattern }) => pattern.test(metric));
}

/** The number a result value states ("85.7%" → 85.7, "0.92" → 0.92), or null. */
export function parseScore(value: string): number | null {
  const m = /[-+]?\d+(?:[.,]\d+)?/.exec(value.replace(/\s/g, ''));
  if (!m) return null;
  const n = Number(m[0].replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
