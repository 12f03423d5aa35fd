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
      'Better Consumption Monitoring',
      'We study consumption monitoring at home.',
      true,
    ],
    [
      'recurring',
      'A study',
      'Consumption monitoring matters. We improve consumption monitoring.',
      true,
    ],
    ['after "for"', 'A study', 'We propose a model for consumption monitoring at scale.', true],
    ['before "task"', 'A study', 'We address the consumption monitoring task with care.', true],
    [
      'coordinated with a task',
      'A study',
      'It helps image segmentation and consumption monitoring.',
      true,
    ],
    [
      'once, no context',
      'A study',
      'Smart meters enable consumption monitoring with low cost.',
      false,
    ],
  ])('%s', (_label, title, abstract, kept) => {
    expect(tasks(title, abstract).includes('consumption monitoring')).toBe(kept);
  });
});
