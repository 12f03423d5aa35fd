// Table tests for the shape rules of step 4 added in round 4: compound tails,
// patch-size suffixes and possessives inside Title-Case names; round 5: generic words;
// round 6: clause starts.
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
    // Round 5: the field's generic words and number formats are not names, capitalised or not.
    ['Our model beats the Network of prior work.', 'Network'],
    ['We evaluate with Artificial Intelligence tools.', 'Intelligence'],
    ['Weights are stored in bfloat16 format.', 'bfloat16'],
    ['The Hamming distance is used for codes.', 'Hamming'],
    // Round 6: a clause start after a glued full stop or a list enumerator (dev-d, dev-e).
    ['We train MoCUT.Extensive experiments follow.', 'Extensive'],
    ['It has two merits: 1) Efficiency, and 2) Versatility, for tasks.', 'Versatility'],
  ])('%s does not give %s', (abstract, name) => {
    expect(names(abstract)).not.toContain(name);
  });
});

// Round 7: the plural of a stop-listed acronym is stop-listed too; a word name is not.
describe('stop-listed plurals', () => {
  it('drops "FPGAs" like "FPGA"', () => {
    expect(names('We deploy the detector on embedded FPGAs with low power.')).not.toContain(
      'FPGAs',
    );
  });
  it('keeps a word name that only looks like a plural', () => {
    expect(names('We compare with Titans and Mamba on long inputs.')).toContain('Titans');
  });
});

// Round 8: people and places are not methods (bench-corpus files dev-q … dev-s).
describe('people and places', () => {
  it.each([
    ["Informed by Bloom's cognitive taxonomy, the suite grades answers.", 'Bloom'],
    ["It matches PINNs on stiff Burgers' and Poisson problems.", 'Burgers'],
    ['Graphs with properties such as being Hamiltonian are hard to learn.', 'Hamiltonian'],
    ['We map soils in Thessaly, Greece with satellites.', 'Thessaly'],
  ])('%s does not give %s', (abstract, name) => {
    expect(names(abstract)).not.toContain(name);
  });

  it('keeps an unknown lone name without those marks', () => {
    expect(names('We propose Zipper, which decodes faster.')).toContain('Zipper');
  });
});

// Round 8: a defined imaging modality or piece of data is not a method.
describe('defined non-entities', () => {
  it.each([
    ['Slides stained with immunohistochemistry (IHC) are aligned to IHC scans.', 'IHC'],
    ['We compare against the ground-truth (GT) masks and the GT labels.', 'GT'],
    ['Whole slide images (WSIs) are large.', 'WSIs'],
  ])('%s does not give %s', (abstract, name) => {
    expect(names(abstract)).not.toContain(name);
  });
});

// Round 8: a multi-word title head is a name only when the abstract writes it or it is spelt
// like one; catchphrases are not methods.
describe('title heads', () => {
  const titled = (title: string, abstract: string): string[] =>
    extract({ title, abstract }).entities.map((e) => e.name);

  it.each([
    [
      'Rethinking Scale: The Efficacy of Fine-Tuned LLMs',
      'We study fine-tuning.',
      'Rethinking Scale',
    ],
    ['Persona Dynamics: Unveiling Personality in Agents', 'We study agents.', 'Persona Dynamics'],
  ])('%s does not give %s', (title, abstract, name) => {
    expect(titled(title, abstract)).not.toContain(name);
  });

  it.each([
    ['Monarch Mixer: A Sub-Quadratic Architecture', 'We introduce Monarch Mixer.', 'Monarch Mixer'],
    ['VideoMAE V2: Scaling Video Masked Autoencoders', 'We scale the model.', 'VideoMAE V2'],
    ['Q-VLM: Post-training Quantization', 'We quantize models.', 'Q-VLM'],
  ])('%s → %s', (title, abstract, name) => {
    expect(titled(title, abstract)).toContain(name);
  });
});
