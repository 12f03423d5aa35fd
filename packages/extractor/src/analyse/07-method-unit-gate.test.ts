import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// A token right after a number is a unit or a counted noun (dev-e, dev-i, dev-k, dev-q).
describe('method unit gate', () => {
  it.each([
    ['a unit', 'It gains up to 48.50 dB on the hardest scene.', 'dB', false],
    ['a time unit', 'It simulates 10 Gyr of evolution.', 'Gyr', false],
    ['a counted noun', 'Each of the 600 Omniglot classes is held out.', 'Omniglot', false],
    ['a name after a figure', 'With an AP of 0.76, RF-DETR leads the table.', 'RF-DETR', true],
    ['a name in a list', 'We compare MnasNet, ShuffleNet and GhostNet.', 'MnasNet', true],
  ])('%s', (_label, abstract, name, kept) => {
    expect(methods(abstract).includes(name)).toBe(kept);
  });
});
