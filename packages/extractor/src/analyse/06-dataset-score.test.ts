import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const names = (abstract: string, type: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

// Sentences of dev-d #364 and #394: the gold names the benchmark and its score.
describe('benchmark scores', () => {
  it.each([
    [
      'a known benchmark',
      'It achieves 8.9% higher GLUE score than BERT-Mini.',
      'GLUE',
      'GLUE score',
    ],
    ['a benchmark-shaped name', 'It reaches a GenEval score of 0.55.', 'GenEval', 'GenEval score'],
  ])('%s', (_label, abstract, dataset, metric) => {
    expect(names(abstract, 'dataset')).toContain(dataset);
    expect(names(abstract, 'metric')).toContain(metric);
  });

  it('leaves a metric score alone', () => {
    expect(names('It improves the BLEU score by 2 points.', 'metric')).not.toContain(
      'BLEU score score',
    );
  });
});
