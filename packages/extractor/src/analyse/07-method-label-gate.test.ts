import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Upper-case tokens that label settings, list items or hardware (dev-i #373, dev-k #456, dev-e #209).
describe('method label gate', () => {
  it.each([
    ['a bit-width setting', 'CBQ quantizes LLMs to W4A8 and W2A16 settings.', 'W4A8', false],
    ['a list label', 'We face three challenges: (C1) the base function is slow.', 'C1', false],
    ['a GPU model', 'We train on 1024 MI250X GPUs in two weeks.', 'MI250X', false],
    ['a maker before', 'It runs on one Xilinx ZCU104 with low power.', 'ZCU104', false],
    ['a model with digits', 'Our model beats ResNet50 and T5X on the benchmark.', 'T5X', true],
    ['a name in parentheses', 'It extends a state space model (S4) to video.', 'S4', true],
  ])('%s', (_label, abstract, name, kept) => {
    expect(methods(abstract).includes(name)).toBe(kept);
  });
});
