import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Capitalised English derived words are labels, not names (dev-q #4000, dev-r #47816).
describe('method word gate', () => {
  it.each([
    [
      'a trait label',
      'Agents with higher levels of Openness display an advantage.',
      'Openness',
      false,
    ],
    [
      'a category',
      'It quantifies personalities (Conservative, Aggressive, or Gambler).',
      'Conservative',
      false,
    ],
    ['a coined name', 'We compare against Splitwise on two clusters.', 'Splitwise', true],
    ['an acronym-like name', 'We compare against Mistral on two benchmarks.', 'Mistral', true],
  ])('%s', (_label, abstract, name, kept) => {
    expect(methods(abstract).includes(name)).toBe(kept);
  });
});
