import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const metrics = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'metric')
    .map((e) => e.name);

// A measure qualified by the phase it times keeps its qualifier (dev-b, dev-d, dev-e gold).
describe('qualified measures', () => {
  it.each([
    ['It reaches up to 2.3x higher inference throughput.', 'inference throughput'],
    ['It gives a 3.2x prefill speedup on long inputs.', 'prefill speedup'],
    ['We report a 1.9x run-time speedup on GPUs.', 'run-time speedup'],
    ['It halves the communication latency of all-reduce.', 'communication latency'],
    ['It keeps the predictive accuracy of the model.', 'predictive accuracy'],
  ])('%s', (abstract, name) => {
    expect(metrics(abstract)).toContain(name);
  });
});

// Bare "parameters": a comparison is the measure, a count only sizes a model (dev-b, dev-d, dev-e).
describe('bare parameters', () => {
  it.each([
    ['It needs a remarkable 53 times reduction in parameters.', true],
    ['It matches BERT with 3% fewer parameters.', true],
    ['The result is a very small network of only 354K parameters.', false],
    ['It works for models with more than 3B parameters.', false],
  ])('%s', (abstract, counted) => {
    expect(metrics(abstract).includes('parameter count')).toBe(counted);
  });
});

// Efficiency measures named only to motivate are no metrics (GUIDELINES.md, dev-e #29, #229).
describe('motivating vs reported measures', () => {
  it.each([
    ['Such models impose considerable computation and memory overhead.', 'memory overhead', false],
    ['It cuts the memory overhead by 80% on long inputs.', 'memory overhead', true],
    ['It matches models with twice the parameter count.', 'parameter count', true],
  ])('%s', (abstract, name, kept) => {
    expect(metrics(abstract).includes(name)).toBe(kept);
  });
});
