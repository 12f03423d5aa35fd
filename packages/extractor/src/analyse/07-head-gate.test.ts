import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const tasks = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'task')
    .map((e) => e.name);

// Bare task heads: the task itself, or a modifier of the noun after it (dev-b, dev-c, TDMSci).
describe('bare task heads', () => {
  it.each([
    ['the task', 'It sets new benchmarks for segmentation on Cityscapes.', 'segmentation', true],
    [
      'a list of tasks',
      'It supports recognition, segmentation, and generation.',
      'segmentation',
      true,
    ],
    [
      'a modifier of "backbones"',
      'It works with different segmentation backbones.',
      'segmentation',
      false,
    ],
    ['a modifier of "accuracy"', 'It keeps high segmentation accuracy.', 'segmentation', false],
    [
      'translation in an MT paper',
      'We improve translation from English into German.',
      'translation',
      true,
    ],
    [
      'translation elsewhere',
      'The kernel is invariant to translation and rotation.',
      'translation',
      false,
    ],
    [
      'parsing in a parser paper',
      'Our parser improves parsing of long sentences.',
      'parsing',
      true,
    ],
    [
      'detection in a vision paper',
      'It supports classification, detection, and segmentation.',
      'detection',
      true,
    ],
    ['detection elsewhere', 'It speeds up fraud case detection for banks.', 'detection', false],
    [
      'detection as a modifier',
      'It reaches 53.9 box AP with a detection head.',
      'detection',
      false,
    ],
    [
      'a modifier of "track"',
      'It won the DSP classification track of LPCVC.',
      'classification',
      false,
    ],
    ['half of a slash', 'We also test optic disc/cup segmentation here.', 'segmentation', false],
    [
      'after a dataset (dev-h #323)',
      'We measure it on ImageNet classification and COCO.',
      'classification',
      false,
    ],
    [
      'after a dataset, before "task" (dev-e #359)',
      'It reaches 53.9 box AP on the COCO detection task.',
      'detection',
      true,
    ],
    [
      'after a comparative (dev-b #52)',
      'It gives better classification or finer localization.',
      'classification',
      false,
    ],
  ])('%s', (_label, abstract, name, kept) => {
    expect(tasks(abstract).includes(name)).toBe(kept);
  });
});

// dev-p #58636, dev-i #173: the title names the longer task the bare head stands for.
describe('bare head of the title task', () => {
  it.each([
    ['Style-Based Networks for Real-Time Weather Classification', false],
    ['A Study of Style-Based Networks', true],
  ])('%s', (title, kept) => {
    const names = extract({ title, abstract: 'It is a model for classification of skies.' })
      .entities.filter((e) => e.type === 'task')
      .map((e) => e.name);
    expect(names.includes('classification')).toBe(kept);
  });
});
