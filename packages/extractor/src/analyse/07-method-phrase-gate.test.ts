import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Free phrases on weak heads are processes; the lexicon's phrases on them stay methods.
describe('technique phrases on weak heads', () => {
  it.each([
    [
      'computation',
      'We compare classical computation with quantum hardware.',
      'classical computation',
    ],
    ['scaling', 'We study neural scaling of the model family.', 'neural scaling'],
    ['learning', 'The method relies on subnet learning for search.', 'subnet learning'],
  ])('drops a free %s phrase', (_, abstract, phrase) => {
    expect(methods(abstract)).not.toContain(phrase);
  });

  it.each([
    ['We train with contrastive learning on images.', 'contrastive learning'],
    ['We use manifold learning to embed the data.', 'manifold learning'],
    ['We apply speculative decoding to the model.', 'speculative decoding'],
  ])('keeps a known phrase: %s', (abstract, name) => {
    expect(methods(abstract)).toContain(name);
  });
});
