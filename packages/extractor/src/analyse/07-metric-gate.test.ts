import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const metrics = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'metric')
    .map((e) => e.name.toLowerCase());

// Sentences adapted from the dev abstracts (dev-b, dev-c) where the annotators did or did not
// mark the measure.
describe('efficiency metric gate', () => {
  it.each([
    ['a value', 'Our method reduces latency by 2.1x on a phone.', 'latency', true],
    ['a comparison', 'It matches ConvNeXt-B with 69% fewer parameters.', 'parameter count', true],
    ['a reduction after', 'We obtain a runtime reduction of 7x.', 'inference time', true],
    ['a trade-off', 'It offers a better trade-off between accuracy and latency.', 'latency', true],
    ['a list of measures', 'We optimise accuracy, model size, and latency.', 'model size', true],
    [
      'growth in passing',
      'As model sizes continue growing, retraining is costly.',
      'model size',
      false,
    ],
    ['"at inference time"', 'No labels are available at inference time.', 'inference time', false],
    ['a modifier', 'This matters in latency-sensitive scenarios.', 'latency', false],
    ['a scale', 'LLMs rely on a massive number of parameters.', 'parameter count', false],
    [
      'the hardware',
      'Large models no longer fit in the GPU memory of one device.',
      'memory usage',
      false,
    ],
    ['the verb "speed up"', 'It is unclear how to speed up large-kernel CNNs.', 'speedup', false],
    ['the reported speedup', 'It gives a 33% speed up on code generation.', 'speedup', true],
    ['"at training time"', 'Negatives are subsampled at training time.', 'training time', false],
    ['training time reported', 'It reduces training time by 40% on A100.', 'training time', true],
  ])('%s', (_label, abstract, name, kept) => {
    expect(metrics(abstract).includes(name)).toBe(kept);
  });

  it('keeps every mention once one is evaluated', () => {
    const x = extract({
      title: 'A study',
      abstract: 'Latency matters at scale. Our kernel cuts latency by 40%.',
    });
    const latency = x.entities.find((e) => e.name === 'latency');
    expect(latency?.mentions.length).toBe(2);
  });
});
