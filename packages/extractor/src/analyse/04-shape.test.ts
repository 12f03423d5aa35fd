// Table tests for the shape rules of step 4 added in round 4: compound tails,
// patch-size suffixes and possessives inside Title-Case names.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const names = (abstract: string): string[] =>
  extract({ title: '', abstract }).entities.flatMap((e) => e.mentions.map((m) => m.text));

describe('shape names', () => {
  it.each([
    ['We propose SVT-H-L/4 for video.', 'SVT-H-L/4'],
    ['The Model Rubik’s Cube method scales well.', 'Model Rubik’s Cube'],
    ["We present Model Rubik's Cube for search.", "Model Rubik's Cube"],
  ])('%s → %s', (abstract, name) => {
    expect(names(abstract)).toContain(name);
  });

  it.each([
    // The tail of a known name's compound is its size, not a name.
    ['We train DiT-XL/2 on ImageNet.', 'XL'],
    // A slash between two words is not a suffix.
    ['It handles Input/Output pairs.', 'Input/Output'],
  ])('%s does not give %s', (abstract, name) => {
    expect(names(abstract)).not.toContain(name);
  });
});
