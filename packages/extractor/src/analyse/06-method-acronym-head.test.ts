import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Undefined acronyms before a technique head name the technique (dev-f, dev-g abstracts).
describe('acronym before a technique head', () => {
  it.each([
    ['a cache', 'It works with batch inferencing and KV caching of tokens.', 'KV caching', 'KV'],
    ['a penalty', 'We add KL regularization to the policy.', 'KL regularization', 'KL'],
    ['a factorisation', 'We use CUR decomposition of the matrix.', 'CUR decomposition', 'CUR'],
  ])('%s', (_, abstract, whole, part) => {
    const found = methods(abstract);
    expect(found).toContain(whole);
    expect(found).not.toContain(part);
  });

  it('leaves an acronym the field also writes on its own', () => {
    const abstract = 'We study TSFMs. The TSFM is large, and TSFM scaling is costly.';
    expect(methods(abstract)).not.toContain('TSFM scaling');
  });
});
