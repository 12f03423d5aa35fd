import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const tasks = (title: string, abstract: string): string[] =>
  extract({ title, abstract })
    .entities.filter((e) => e.type === 'task')
    .map((e) => e.name.toLowerCase());

// Base-form verbs (to compromise) as nouns of a task compound (dev-s title: "… for crop yield
// prediction").
describe('a base-form verb as a noun in a task name', () => {
  it.each([
    ['after a noun', 'A network for crop yield prediction', '', 'crop yield prediction'],
    [
      'after a preposition',
      'A study',
      'We build a detector for target detection.',
      'target detection',
    ],
  ])('%s', (_label, title, abstract, task) => {
    expect(tasks(title, abstract)).toContain(task);
  });

  it.each([
    [
      'after a subject',
      'A study',
      'In this paper we target detection at scale.',
      'target detection',
    ],
    ['after "to"', 'A study', 'Cues help to improve detection in the wild.', 'improve detection'],
  ])('%s', (_label, title, abstract, task) => {
    expect(tasks(title, abstract)).not.toContain(task);
  });
});
