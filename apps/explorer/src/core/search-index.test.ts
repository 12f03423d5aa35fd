import { describe, expect, it } from 'vitest';
import { normalizeName, SearchIndex } from './search-index';
import { sampleGraph } from './sample-graph';

const index = new SearchIndex(sampleGraph());

describe('SearchIndex.suggest', () => {
  it.each([
    ['lora', 'method:lora'],
    ['LoRA', 'method:lora'],
    ['vit', 'method:vision-transformer'],
    ['vision-transformer', 'method:vision-transformer'],
    ['imagenet 1k', 'dataset:imagenet'],
    ['top1', 'metric:top-1-accuracy'],
    ['16x16', 'paper:vit'],
  ])('%s → %s first', (query, key) => {
    expect(index.suggest(query)[0]?.key).toBe(key);
  });

  it('names the alias that matched', () => {
    expect(index.suggest('ViTs')[0]).toMatchObject({ label: 'Vision Transformer', alias: 'ViTs' });
  });

  it('puts exact and prefix matches before substring matches', () => {
    const keys = index.suggest('lora').map((item) => item.key);
    expect(keys.indexOf('method:lora')).toBeLessThan(keys.indexOf('method:qlora'));
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(index.suggest('   ')).toEqual([]);
    expect(index.suggest('zzzz')).toEqual([]);
  });

  it('resolves keys, names and near names', () => {
    expect(index.resolve('dataset:mmlu')).toBe('dataset:mmlu');
    expect(index.resolve('Quantisation')).toBe('method:quantization');
    expect(index.resolve('nothing like it')).toBeNull();
  });
});

describe('normalizeName', () => {
  it.each([
    ['Top-1 Accuracy', 'top1accuracy'],
    ['ImageNet–1k', 'imagenet1k'],
    ['Café', 'cafe'],
  ])('%s → %s', (input, expected) => expect(normalizeName(input)).toBe(expected));
});
