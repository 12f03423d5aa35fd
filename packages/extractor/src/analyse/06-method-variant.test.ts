import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Named checkpoints with their size or version (dev-d, dev-e abstracts).
describe('named model variants', () => {
  it.each([
    ['a parameter count', 'We compare with TinyLlama 1.1B on reasoning.', 'TinyLlama 1.1B'],
    ['a count after a compound', 'We finetune Flan-UL2 20B on the data.', 'Flan-UL2 20B'],
    ['a bit-width tag', 'We train BitNet b1.58 from scratch.', 'BitNet b1.58'],
    ['a size name', 'The largest model, ViT-Huge, improves further.', 'ViT-Huge'],
    ['a backbone', 'We use DINO-R50 as the detector.', 'DINO-R50'],
    ['a spaced size', 'We use BERT base as the encoder.', 'BERT base'],
    ['a size code', 'The PVTv2-B0 backbone is light.', 'PVTv2-B0'],
    ['a size and patch', 'It needs fewer GFLOPs than DiT-XL/2 here.', 'DiT-XL/2'],
    ['a version number', 'We compare with the multi-modal BEiT-3 model.', 'BEiT-3'],
    ['a version after a name', 'It matches models such as ChatGPT-4 on tasks.', 'ChatGPT-4'],
  ])('%s: %s', (_, abstract, name) => {
    expect(methods(abstract)).toContain(name);
  });

  it('leaves a lower-case technique before a count alone', () => {
    expect(methods('We apply distillation 1.1B times cheaper.')).not.toContain('distillation 1.1B');
  });
});
