import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const typeOf = (abstract: string, name: string): string | undefined =>
  extract({ title: 'A study', abstract }).entities.find((e) => e.name === name)?.type;

// Round 5: a long form "<model word> for <task>" names a model, whatever its last word is.
describe('acronym definitions typed by their long form', () => {
  it.each([
    [
      'a transformer for a task',
      'We propose FrAgment Sample Transformer for VQA (FAST-VQA) for video quality.',
      'FrAgment Sample Transformer for VQA',
      'method',
    ],
    ['a task head', 'We study word error rate (WER) on calls.', 'word error rate', 'metric'],
  ])('%s', (_label, abstract, name, type) => {
    expect(typeOf(abstract, name)).toBe(type);
  });
});

// Round 7: capitals inside words spell the short form ("traNsport"), and the short form
// may be a word ("Norton") that the Schwartz–Hearst rule would not read as an acronym.
describe('long forms spelled by emphasised capitals', () => {
  const surfaces = (abstract: string): string[] =>
    extract({ title: 'A study', abstract }).entities.flatMap((e) => e.mentions.map((m) => m.text));
  it.each([
    [
      'a word short form',
      'We propose NOise Robust Temporal Optimal traNsport (Norton) for videos.',
      'NOise Robust Temporal Optimal traNsport',
    ],
    [
      'a long window',
      'We propose the Post-training dAta Selection method for Efficient pruned large language model Recovery (PASER).',
      'Post-training dAta Selection method for Efficient pruned large language model Recovery',
    ],
  ])('%s', (_label, abstract, name) => {
    expect(typeOf(abstract, name)).toBe('method');
  });

  it('leaves Title Case definitions to the usual rule', () => {
    const abstract = 'We propose the Hourglass Pooling Network (HPN) for images.';
    expect(typeOf(abstract, 'Hourglass Pooling Network')).toBe('method');
    expect(surfaces('We compare with Norton (NORTON) twice.')).not.toContain('compare with Norton');
  });
});

// A head noun right after the bracket belongs to the defined phrase (`continued`): the
// listed continuation "cache" types it a method, a task head types it a task.
describe('a head noun after the short form continues the definition', () => {
  it.each([
    [
      'a listed continuation',
      'We compress the key-value (KV) cache of long prompts. The KV cache grows with length.',
      'KV cache',
      'method',
      ['key-value (KV) cache', 'KV cache'],
    ],
    [
      'a task head',
      'We study Click-Through Rate (CTR) prediction for ads.',
      'click-through rate prediction',
      'task',
      ['Click-Through Rate (CTR) prediction'],
    ],
  ])('%s', (_label, abstract, name, type, mentions) => {
    const entity = extract({ title: 'A study', abstract }).entities.find((e) => e.name === name);
    expect(entity?.type).toBe(type);
    expect(entity?.mentions.map((m) => m.text)).toEqual(mentions);
  });
});
