// Table tests for the round-6 method entries of `method-families.ts`: sentences of
// the kind the fresh dev papers (dev-d, dev-e) write, and the entity each must yield.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const ids = (abstract: string): string[] =>
  extract({ title: '', abstract }).entities.map((e) => e.id);

describe('method family lexicon (round 6)', () => {
  it.each([
    ['It replaces ReLU with GELU in the MLP.', 'method:relu'],
    ['It replaces ReLU with GELU in the MLP.', 'method:gelu'],
    ['The gate applies a sigmoid to the scores.', 'method:sigmoid'],
    ['We combine tensor parallelism and pipeline parallelism.', 'method:tensor-parallelism'],
    ['The compiler performs operator fusion.', 'method:operator-fusion'],
    ['Checkpointing trades compute for memory.', 'method:gradient-checkpointing'],
    ['Parameter sharing across layers cuts memory.', 'method:weight-sharing'],
    ['Tokens are merged by mean-pooling.', 'method:pooling'],
    ['We decode with greedy search.', 'method:greedy-search'],
    ['It is faster than differentiable architecture search.', 'method:darts'],
    ['We extend visual instruction tuning to video.', 'method:visual-instruction-tuning'],
  ])('%s → %s', (abstract, id) => {
    expect(ids(abstract)).toContain(id);
  });

  it('leaves bare softmax out (the dev annotators split on it)', () => {
    expect(ids('The scores go through a softmax.')).not.toContain('method:softmax');
  });
});

// Round 8: a network's parts and a bare "augmentation" are not the named techniques.
describe('component and bare forms left out (round 8)', () => {
  it.each([
    ['The stem stacks three convolutional layers.', 'method:convolution'],
    ['We apply lightweight augmentations to each view.', 'method:data-augmentation'],
  ])('%s does not give %s', (abstract, id) => {
    expect(ids(abstract)).not.toContain(id);
  });

  it.each([
    ['Depthwise convolution replaces the dense kernels.', 'method:depthwise-separable-convolution'],
    ['We train with data augmentation.', 'method:data-augmentation'],
  ])('%s → %s', (abstract, id) => {
    expect(ids(abstract)).toContain(id);
  });
});
