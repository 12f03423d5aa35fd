import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const metrics = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'metric')
    .map((e) => e.name.toLowerCase());

// Measures by head word in a measurement context (dev-p #36298, #51876, dev-q #73422).
describe('measure phrase', () => {
  it.each([
    ['a value before', 'It achieves a 96.3% alignment rate in production.', 'alignment rate', true],
    ['a reduction', 'It reduces refusal rates by 12% on two sets.', 'refusal rates', true],
    [
      'a value after',
      'It keeps the conservation error of 0.03 at step 100.',
      'conservation error',
      true,
    ],
    ['no measurement', 'The refusal rate matters for deployed assistants.', 'refusal rate', false],
    ['a setting', 'It reduces the learning rate by 10x after warm-up.', 'learning rate', false],
    ['a cut compound', 'It reaches a state-of-the-art score of 51.7%.', 'art score', false],
    [
      'a plural qualifier',
      'It shows a 2x computational savings rate at scale.',
      'computational savings rate',
      false,
    ],
  ])('%s', (_label, abstract, name, kept) => {
    expect(metrics(abstract).includes(name)).toBe(kept);
  });
});
