import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const tasks = (title: string, abstract: string): string[] =>
  extract({ title, abstract })
    .entities.filter((e) => e.type === 'task')
    .map((e) => e.name.toLowerCase());

describe('task phrase gate', () => {
  it.each([
    [
      'in the title',
      'Better Consumption Forecasting',
      'We study consumption forecasting at home.',
      true,
    ],
    [
      'recurring',
      'A study',
      'Consumption forecasting matters. We improve consumption forecasting.',
      true,
    ],
    ['after "for"', 'A study', 'We propose a model for consumption forecasting at scale.', true],
    ['before "task"', 'A study', 'We address the consumption forecasting task with care.', true],
    [
      'coordinated with a task',
      'A study',
      'It helps image segmentation and consumption forecasting.',
      true,
    ],
    [
      'after "for" and a qualifying compound (dev-g #111)',
      'A study',
      'We propose a method for train-free consumption forecasting at scale.',
      true,
    ],
    [
      'after "in" and a qualifying compound (dev-q #27530)',
      'A study',
      'Recent advances in text-driven consumption forecasting rely on priors.',
      true,
    ],
    [
      'a qualifying compound alone is no context',
      'A study',
      'Smart meters enable meter-based consumption forecasting with low cost.',
      false,
    ],
    [
      'once, no context',
      'A study',
      'Smart meters enable consumption forecasting with low cost.',
      false,
    ],
  ])('%s', (_label, title, abstract, kept) => {
    expect(tasks(title, abstract).includes('consumption forecasting')).toBe(kept);
  });
});

describe('weak task heads and scope words', () => {
  it.each([
    [
      'a weak head before "task"',
      'We address the hardware cost modelling task.',
      'hardware cost modelling',
      true,
    ],
    [
      'a weak head in a list of tasks',
      'It covers depth estimation, layer separation and image stitching.',
      'image stitching',
      true,
    ],
    [
      'a weak head after "tasks such as"',
      'We test tasks such as video understanding here.',
      'video understanding',
      true,
    ],
    [
      'a weak head after "for" only',
      'We propose a model for local modeling at scale.',
      'local modeling',
      false,
    ],
    [
      'a weak head once, no context',
      'Contextual understanding helps the model.',
      'contextual understanding',
      false,
    ],
    [
      'a phrase after "spanning"',
      'Benchmarks spanning strategic reasoning matter.',
      'strategic reasoning',
      true,
    ],
  ])('%s', (_label, abstract, phrase, kept) => {
    expect(tasks('A study', abstract).includes(phrase)).toBe(kept);
  });
});

describe('a weak head in the title', () => {
  it.each([
    [
      'after "for"',
      'EmoGist: In-Context Learning for Visual Emotion Understanding',
      'visual emotion understanding',
      true,
    ],
    ['elsewhere, once', 'Token Selection Helps Robots', 'token selection', false],
  ])('%s', (_label, title, phrase, kept) => {
    expect(tasks(title, 'We report results.').includes(phrase)).toBe(kept);
  });
});
