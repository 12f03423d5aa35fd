import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const typeOf = (abstract: string, name: string): string | undefined =>
  extract({ title: 'A study', abstract }).entities.find((e) => e.name === name)?.type;

// Round 5: a long form "<model word> for <task>" names a model, whatever its last word is.
describe('acronym definitions typed by their long form', () => {
  it.each([
    [
      'a transformer for a task',
      'We propose FrAgment Sample Transformer for VQA (FAST-VQA) for video quality.',
      'FrAgment Sample Transformer for VQA',
      'method',
    ],
    ['a task head', 'We study word error rate (WER) on calls.', 'word error rate', 'metric'],
  ])('%s', (_label, abstract, name, type) => {
    expect(typeOf(abstract, name)).toBe(type);
  });
});
