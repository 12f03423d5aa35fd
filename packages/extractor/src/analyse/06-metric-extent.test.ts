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
