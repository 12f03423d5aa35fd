import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const named = (abstract: string): string[] =>
  extract({ title: 'A study', abstract }).entities.map((e) => `${e.type}:${e.name}`);

// Measures at a cut-off (dev-q #14271, #70547; dev-f #401).
describe('measure at a cut-off', () => {
  it.each([
    ['an unlisted cut-off', 'It raises Success@10 by 4 points.', 'metric:Success@10', true],
    ['a hyphenated name', 'It lowers Delta-Hit@5 on both sets.', 'metric:Delta-Hit@5', true],
    ['a range', 'It reaches 41.2 mAP@50:95 on the test set.', 'metric:mAP@50:95', true],
    ['no method from its name', 'It lowers Delta-Hit@5 on both sets.', 'method:Delta-Hit', false],
    [
      'a workshop year',
      'It ranks first at DravidianLangTech@2025.',
      'metric:DravidianLangTech@2025',
      false,
    ],
    ['an e-mail address', 'Write to team@lab.org for the code.', 'metric:team@lab', false],
  ])('%s', (_label, abstract, entity, kept) => {
    expect(named(abstract).includes(entity)).toBe(kept);
  });
});
