import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Phrases from the dev-b / dev-c abstracts whose gold names the specific variant.
describe('technique extent', () => {
  it.each([
    ['a pruning variant', 'We apply iterative pruning to the encoder.', 'iterative pruning'],
    [
      'two qualifiers',
      'It uses sliced group self-attention in every block.',
      'sliced group self-attention',
    ],
    [
      'a hyphen compound',
      'We train decoder-only Transformers at scale.',
      'decoder-only Transformers',
    ],
    ['a precision', 'We compare int8 quantization with FP16.', 'int8 quantization'],
    ['a convolution type', 'Blocks use pointwise convolution only.', 'pointwise convolution'],
    ['not an evaluative word', 'We apply efficient pruning to the encoder.', 'pruning'],
    ['not a dimension', 'It replaces 3D convolutions with 2D ones.', 'convolution'],
    ['not a non-technique head', 'We fine-tune BERT with iterative care.', 'BERT'],
  ])('%s', (_label, abstract, name) => {
    expect(methods(abstract)).toContain(name);
  });
});

// Round 8: qualifiers seen in dev-h … dev-s, and the pooling head.
describe('technique extent (round 8)', () => {
  it.each([
    ['We compress the teacher with model pruning.', 'model pruning'],
    ['Sampling uses progressive distillation.', 'progressive distillation'],
    ['The stem uses factorised convolutions.', 'factorised convolutions'],
    ['Features go through spatial pooling.', 'spatial pooling'],
    ['We apply visual token pruning to the MLLM.', 'visual token pruning'],
  ])('%s → %s', (abstract, name) => {
    expect(methods(abstract)).toContain(name);
  });
});
