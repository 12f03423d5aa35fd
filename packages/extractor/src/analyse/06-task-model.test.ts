import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const named = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.name.includes('-to-'))
    .map((e) => `${e.type}:${e.name.toLowerCase()}`)
    .sort();

// Sentences shaped like dev-e, dev-k, dev-q, dev-r and dev-s abstracts.
describe('modality pair before a noun', () => {
  it.each([
    [
      'names a model (dev-q #63038)',
      'We tune text-to-image models.',
      ['method:text-to-image model'],
    ],
    ['describes a model (dev-k #136)', 'Text-to-image diffusion models excel.', []],
    [
      'alone it is the task (dev-e)',
      'For text-to-image, CrossFlow helps.',
      ['task:text-to-image generation'],
    ],
    ['a pair that is the task name', 'We train text-to-speech models.', ['task:text-to-speech']],
    [
      'the full task name is kept',
      'We study text-to-image generation models.',
      ['task:text-to-image generation'],
    ],
  ])('%s', (_why, abstract, expected) => {
    expect(named(abstract)).toEqual(expected);
  });
});
