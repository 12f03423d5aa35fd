// The debris patterns of junk-shapes.ts: each one's own example is debris, and real names of
// the same shape (mixed case, digits, Title Case) still reach the graph.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { isKnownWord } from '../english';
import { isJunkShape } from './junk-shapes';

const names = (abstract: string): string[] =>
  extract({ title: '', abstract }).entities.flatMap((e) => e.mentions.map((m) => m.text));

describe('junk shapes', () => {
  it.each([
    ['yao2023spike', 'the spike-driven Transformer in yao2023spike into a model.'],
    ['approx25', 'We achieve approx13% and approx25% reductions in cost.'],
    ['Tgeq', 'Here Tgeq 0 denotes the horizon of the policy.'],
    ['logN', 'Attention runs in O(N logN) time with our kernel.'],
    ['to1.5B', 'We train models (22M to1.5B) on text.'],
    ['disCRETE', 'We use a relaxation of disCRETE random variables.'],
    ['mOdeling', 'We present a single transformer for Scalable visiOn-Language mOdeling.'],
    ['traNsport', 'It builds on a temporal optimal traNsport of clips.'],
  ])('%s is debris and not a name', (token, abstract) => {
    expect(isJunkShape(token, isKnownWord)).toBe(true);
    expect(names(abstract)).not.toContain(token);
  });

  it.each([
    ['LoRA', 'We fine-tune with LoRA on text.'],
    ['GPT4', 'We compare with GPT4 on math.'],
    ['SimCLR', 'We pretrain with SimCLR on images.'],
    ['BitNet', 'We quantise BitNet to ternary weights.'],
    ['FLOPs', 'Our model needs fewer FLOPs than ResNet.'],
    ['T5', 'We fine-tune T5 on summaries.'],
    ['PaLM', 'We compare with PaLM on math.'],
    ['NeRF', 'We render scenes with NeRF from photos.'],
    ['DeiT', 'We distil a teacher into DeiT on images.'],
  ])('%s is a name, not debris', (token, abstract) => {
    expect(isJunkShape(token, isKnownWord)).toBe(false);
    expect(names(abstract)).toContain(token);
  });
});
