import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const tasks = (title: string, abstract: string): string[] =>
  extract({ title, abstract })
    .entities.filter((e) => e.type === 'task')
    .map((e) => e.name);

// Phrases from the dev-b / dev-c abstracts (gold names in GUIDELINES.md's "most complete form").
describe('task extent', () => {
  it.each([
    ['a noun', '', 'We improve product image retrieval for shops.', 'product image retrieval'],
    [
      'a domain adjective',
      '',
      'It targets volumetric image segmentation.',
      'volumetric image segmentation',
    ],
    [
      'a hyphen compound',
      '',
      'It beats instance-level pose estimation.',
      'instance-level pose estimation',
    ],
    ['inside the compound', '', 'We study code-to-code search.', 'code-to-code search'],
    [
      'not the tail of a compound on a name (dev-g #51)',
      '',
      'We test M2 on BERT-style language modeling.',
      'language modeling',
    ],
    ['a dimension', '', 'We study 6D pose estimation.', '6D pose estimation'],
    [
      'not how it is run (dev-s #63415)',
      '',
      'It fools black-box gait recognition.',
      'gait recognition',
    ],
    ['a length setting', '', 'It helps video LLMs on long video QA tasks.', 'long video QA'],
    [
      'the modalities',
      'Transformer for Audio-Visual Video Segmentation',
      'It helps.',
      'Audio-Visual Video Segmentation',
    ],
    [
      'a Title-Case title',
      'Single-Stage Image Retrieval',
      'It helps.',
      'Single-Stage Image Retrieval',
    ],
    ['not an evaluative word', '', 'It gives efficient image segmentation.', 'image segmentation'],
    [
      'not an unknown adjective',
      '',
      'It beats popular machine translation systems.',
      'machine translation',
    ],
    ['not a verb', '', 'The system utilizes text-to-speech at scale.', 'text-to-speech'],
    ['not a number word', '', 'We build a two-stage text-to-speech model.', 'text-to-speech'],
    [
      'not an unknown verb (dev-g #311)',
      '',
      'Encoders are used to facilitate visual recognition.',
      'visual recognition',
    ],
    [
      'not a capitalised word mid-sentence',
      '',
      'The Liver image segmentation works.',
      'image segmentation',
    ],
    ['not over an acronym', '', 'We enable on-device MTL for robots.', 'multi-task learning'],
    [
      'not an unknown adjective compound',
      'Linear-Time Sequence Modeling',
      'It helps.',
      'sequence modeling',
    ],
  ])('%s', (_label, title, abstract, name) => {
    expect(tasks(title, abstract)).toContain(name);
  });
});

// Spans that took a word of the sentence along (dev-d #354, dev-e #299, #449).
describe('task extent stops', () => {
  it.each([
    ['an unknown adverb', 'Models, notably text-to-video (T2V), grow.', 'notably text-to-video'],
    ['an acronym with a digit', 'We introduce a solution, namely I2V.', 'namely I2V'],
    ['state of the art', 'It is state of the art continual learning.', 'art continual learning'],
    ['a measure', 'An efficient model achieves up to 7.988x compression.', '7.988x compression'],
  ])('not %s', (_label, abstract, name) => {
    expect(tasks('', abstract)).not.toContain(name);
  });
});
