import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// A paper's own name before a known head (dev-d, dev-e abstracts).
describe('named heads', () => {
  it.each([
    ['a shape name', 'We build on the CSWin Transformer for detection.', 'CSWin Transformer'],
    [
      'capitalised words',
      'We propose Relaxed Recursive Transformers here.',
      'Relaxed Recursive Transformers',
    ],
    [
      'a capitalised word',
      'We present the Stateful Conformer for streaming.',
      'Stateful Conformer',
    ],
    [
      'a hyphen compound',
      'We build the Spike-driven Transformer for vision.',
      'Spike-driven Transformer',
    ],
    ['two known names', 'We distil it into Phi-Mamba, a hybrid.', 'Phi-Mamba'],
    ['two known acronyms', 'We train ViT-MoE models.', 'ViT-MoE'],
    ['a dimension', 'We segment volumes with a 3D U-Net.', '3D U-Net'],
  ])('%s: %s', (_, abstract, name) => {
    expect(methods(abstract)).toContain(name);
  });

  it.each([
    ['a lower-case technique lifted', 'It replaces 3D convolutions with 2D ones.', 'convolution'],
    ['a sentence start', 'Transformers are strong. Recursive models are cheap.', 'Transformer'],
    ['a lower-case word', 'We train a small Transformer on the data.', 'Transformer'],
    ['a lower-case compound', 'We beat a state-of-the-art Transformer here.', 'Transformer'],
  ])('keeps the bare head after %s', (_, abstract, name) => {
    expect(methods(abstract)).toContain(name);
  });
});
