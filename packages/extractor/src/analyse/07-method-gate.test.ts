import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name.toLowerCase());

// Umbrella terms (dev-b, dev-d, dev-e: "Deploying language models often requires …").
describe('umbrella method terms', () => {
  it.each([
    ['bare, left out', 'Deploying language models is costly.', 'language model', false],
    ['with an acronym', 'We pretrain language models (LMs) at scale.', 'language model', true],
    ['qualified', 'We study masked language models at scale.', 'language model', false],
    ['a bare adapter', 'We insert an adapter into each layer.', 'adapter', false],
    ['a large language model', 'We study large language models.', 'large language model', true],
  ])('%s: %s', (_, abstract, name, kept) => {
    expect(methods(abstract).includes(name)).toBe(kept);
  });
});
