import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Capitalised English derived words are labels, not names (dev-q #4000, dev-r #47816).
describe('method word gate', () => {
  it.each([
    [
      'a trait label',
      'Agents with higher levels of Openness display an advantage.',
      'Openness',
      false,
    ],
    [
      'a category',
      'It quantifies personalities (Conservative, Aggressive, or Gambler).',
      'Conservative',
      false,
    ],
    // A capitalised modifier (dev-d, dev-k, dev-q, dev-s): first part of a compound or
    // a word before a plain noun; a name before its kind or its verb stays.
    ['a compound part', 'It uses a Dual-domain Block for fusion.', 'Dual', false],
    ['a name-based compound', 'It runs a Blender-based 3D simulator.', 'Blender', false],
    ['an eponym', 'It adds a Canny edge layer to the encoder.', 'Canny', false],
    ['a noun modifier', 'We study Weight initialization in deep nets.', 'Weight', false],
    [
      'a plural noun at a comma',
      'It helps on Neutral cases, where cues are weak.',
      'Neutral',
      false,
    ],
    ['a name before its kind', 'We train the Zephyr model on chat data.', 'Zephyr', true],
    ['a name before a kind noun', 'We apply the Sobel filter to each frame.', 'Sobel', true],
    ['a name before its verb', 'Then Clover transmits the draft to the verifier.', 'Clover', true],
    ['a coined name', 'We compare against Splitwise on two clusters.', 'Splitwise', true],
    ['an acronym-like name', 'We compare against Mistral on two benchmarks.', 'Mistral', true],
  ])('%s', (_label, abstract, name, kept) => {
    expect(methods(abstract).includes(name)).toBe(kept);
  });
});
