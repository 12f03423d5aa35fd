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
