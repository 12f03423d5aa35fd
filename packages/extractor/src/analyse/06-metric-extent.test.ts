import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const metrics = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'metric')
    .map((e) => e.name);

// Measures with the phase they are measured in (dev-f #141, dev-g #251, #291, dev-h #3).
describe('metric extent', () => {
  it.each([
    ['inference speedup', 'It yields a 2.1x inference speedup on A100.', 'inference speedup'],
    ['a split speed-up', 'It gives a 1.4x inference speed-up over LLaMA.', 'inference speed-up'],
    ['a compound phase', 'It cuts first-token latency by 30%.', 'first-token latency'],
    ['prefill throughput', 'It raises prefill throughput by 20%.', 'prefill throughput'],
    ['no phase', 'It gives a 2x speedup over FlashAttention.', 'speedup'],
    ['not any word', 'It gives a large speedup over FlashAttention.', 'speedup'],
  ])('%s', (_label, abstract, name) => {
    expect(metrics(abstract)).toContain(name);
  });
});

// Named variants of a score written as an abbreviation (dev-r #53755, #59312, dev-s #62412).
describe('metric qualifier', () => {
  it.each([
    ['an acronym qualifier', 'It reaches an ODS F-measure of 0.81 on BSDS500.', 'ODS F-measure'],
    ['a name', 'It improves the Mahalanobis AUROC by 4 points.', 'Mahalanobis AUROC'],
    ['a word, "score" dropped', 'It attains a 68.77% Soft F1 score on BIRD.', 'Soft F1'],
    ['a sentence start', 'Macro F1 rises. Our F1 is 0.9.', 'F1'],
    ['a claim', 'It reaches SOTA AUROC on two sets.', 'AUC'],
    ['a lower-case score', 'It improves Rank accuracy on two sets.', 'accuracy'],
  ])('%s', (_label, abstract, name) => {
    expect(metrics(abstract)).toContain(name);
  });
});
