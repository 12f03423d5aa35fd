// Relation rules: which pairs each rule links, and which it must leave alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import type { Extraction } from '../types';

const pairs = (x: Extraction, type: string): string[] =>
  x.relations
    .filter((r) => r.type === type)
    .map((r) => `${r.source} → ${r.target} (${r.rule})`)
    .sort();

describe('builds_on from the paper’s own method', () => {
  it('links the title name to the methods named after it', () => {
    const x = extract({
      title: 'SimQ-NAS: Simultaneous Quantization Policy and Neural Architecture Search',
      abstract: 'We present SimQ-NAS for efficient models.',
    });
    expect(pairs(x, 'builds_on')).toContain(
      'method:simq-nas → method:neural-architecture-search (builds_on/title)',
    );
  });

  it('links the proposed method of a sentence to the methods after it', () => {
    const x = extract({
      title: 'Zipper: Fast Decoding',
      abstract: 'We propose Zipper. Zipper combines LoRA with speculative decoding.',
    });
    expect(pairs(x, 'builds_on')).toEqual([
      'method:zipper → method:lora (builds_on/sentence)',
      'method:zipper → method:speculative-decoding (builds_on/sentence)',
    ]);
  });

  it('does not build on a method the sentence compares it with', () => {
    const x = extract({
      title: 'Zipper: Fast Decoding',
      abstract: 'We propose Zipper. Zipper outperforms LoRA on GLUE.',
    });
    expect(pairs(x, 'builds_on')).toEqual([]);
    expect(pairs(x, 'outperforms')).toEqual(['method:zipper → method:lora (outperforms/verb)']);
  });

  it('does not start from a method that is not the paper’s own', () => {
    const x = extract({
      title: 'Zipper: Fast Decoding',
      abstract: 'We propose Zipper. LoRA combines adapters with speculative decoding.',
    });
    expect(pairs(x, 'builds_on').filter((p) => p.includes('/sentence'))).toEqual([]);
  });
});

describe('outperforms from a measured gain', () => {
  it.each([
    ['FreCaS is about 2.86 times faster than ScaleCrafter.', 'method:scalecrafter'],
    ['Zipper achieves a 1.9x speedup over DeiT-Base on ImageNet.', 'method:deit-base'],
    ['Zipper yields accuracy improvements up to 29% compared to Mixup.', 'method:mixup'],
  ])('%s', (sentence, target) => {
    const x = extract({
      title: 'Zipper: Fast Decoding',
      abstract: `We propose Zipper and FreCaS. ${sentence}`,
    });
    const wins = x.relations.filter((r) => r.type === 'outperforms' && r.target === target);
    expect(wins.map((r) => r.rule)).toEqual(['outperforms/gain']);
    // A win is not also a plain comparison.
    expect(x.relations.some((r) => r.type === 'compared_with' && r.target === target)).toBe(false);
  });

  it('keeps a plain comparison plain', () => {
    const x = extract({
      title: 'Zipper: Fast Decoding',
      abstract: 'We propose Zipper. Zipper is evaluated against Mixup on CIFAR-10.',
    });
    expect(pairs(x, 'compared_with')).toEqual([
      'method:zipper → method:mixup (compared_with/phrase)',
    ]);
    expect(pairs(x, 'outperforms')).toEqual([]);
  });
});

describe('variants and their family', () => {
  it('does not compare a variant with its own family', () => {
    const x = extract({
      title: 'MosaicBERT: Fast Pretraining',
      abstract: 'MosaicBERT-Base is compared with MosaicBERT and with BERT-Base.',
    });
    const compared = pairs(x, 'compared_with');
    expect(compared.some((p) => p.includes('→ method:mosaicbert ('))).toBe(false);
  });
});
