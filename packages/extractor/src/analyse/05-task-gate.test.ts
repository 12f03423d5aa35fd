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
      'once, no context',
      'A study',
      'Smart meters enable consumption forecasting with low cost.',
      false,
    ],
  ])('%s', (_label, title, abstract, kept) => {
    expect(tasks(title, abstract).includes('consumption forecasting')).toBe(kept);
  });
});
