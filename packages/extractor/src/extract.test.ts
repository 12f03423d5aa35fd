// Behaviour of the public API on small hand-written abstracts: entity types,
// acronym definitions both ways, folding of variants, families, roles,
// relation rules and result tuples.
import { describe, expect, it } from 'vitest';
import { extract, extractCorpus } from './index';
import type { Entity, Extraction } from './types';

const find = (x: Extraction, name: string): Entity | undefined =>
  x.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('entities', () => {
  it.each([
    ['We evaluate on ImageNet and CIFAR-10.', 'dataset:imagenet', 'dataset'],
    ['Our model improves BLEU on WMT.', 'metric:bleu', 'metric'],
    ['We study semantic segmentation in cities.', 'task:semantic-segmentation', 'task'],
    ['It speeds up speculative decoding.', 'method:speculative-decoding', 'method'],
    ['We reach 85.7% top-1 accuracy.', 'metric:top-1-accuracy', 'metric'],
    ['Results on the FooBar-7 benchmark are strong.', 'dataset:foobar-7', 'dataset'],
    ['We report results in terms of XYZScore.', 'metric:xyzscore', 'metric'],
    ['It is trained on LiTS 2017.', 'dataset:lits', 'dataset'],
  ])('%s → %s', (abstract, id, type) => {
    const x = extract({ title: '', abstract });
    const e = x.entities.find((en) => en.id === id);
    expect(e?.type).toBe(type);
  });

  it.each([
    ['deep learning', 'We use deep learning for everything.'],
    ['model', 'The model is good and the framework is fast.'],
    ['English', 'We train on English text in a large model.'],
  ])('does not take the generic %s', (word, abstract) => {
    const x = extract({ title: '', abstract });
    expect(x.entities.map((e) => e.name.toLowerCase())).not.toContain(word.toLowerCase());
  });
});

describe('aliases and canonical names', () => {
  it.each([
    [
      'We build on the Frobnicating Transformer (FT) and show FT works.',
      'Frobnicating Transformer',
      'FT',
    ],
    [
      'We build on FT (Frobnicating Transformer) and show FT works.',
      'Frobnicating Transformer',
      'FT',
    ],
    ['A sparse mixture of experts (MoE) layer; MoEs scale.', 'mixture of experts', 'MoE'],
  ])('%s', (abstract, name, short) => {
    const x = extract({ title: '', abstract });
    const e = find(x, name);
    expect(e).toBeDefined();
    expect(e?.aliases).toContain(short);
    expect(x.entities.filter((en) => en.aliases.includes(short) || en.name === short)).toHaveLength(
      1,
    );
  });

  it('folds case, hyphen and plural variants into one entity', () => {
    const x = extract({
      title: '',
      abstract: 'Mixture-of-Experts models and mixture of experts layers; ViTs beat ViT.',
    });
    expect(x.entities.filter((e) => e.id === 'method:mixture-of-experts')).toHaveLength(1);
    expect(find(x, 'ViTs')?.id).toBe('method:vision-transformer');
  });

  it('keeps a named variant as its own entity linked to its family', () => {
    const x = extract({ title: '', abstract: 'We compare ResNet-50 with ResNet and Llama-2-7B.' });
    expect(find(x, 'ResNet-50')?.family).toBe('method:resnet');
    expect(find(x, 'ResNet')?.id).toBe('method:resnet');
    expect(find(x, 'Llama-2-7B')?.family).toBe('method:llama');
  });

  it('resolves an acronym defined in another abstract that shares an entity with it', () => {
    const [a, b] = extractCorpus([
      { title: '', abstract: 'We study the Quux Routing Network (QRN) on ImageNet.' },
      { title: '', abstract: 'Here QRN is trained on ImageNet.' },
    ]);
    expect(find(a!, 'QRN')?.id).toBe('method:quux-routing-network');
    expect(find(b!, 'QRN')?.id).toBe('method:quux-routing-network');
  });

  it.each([
    ['one unrelated definer', 1, false],
    ['two unrelated definers', 2, false],
    ['three definers: consensus, no shared entity needed', 3, true],
  ])('borrows a definition from %s: %s', (_, definers, resolved) => {
    const papers = Array.from({ length: definers }, () => ({
      title: '',
      abstract: 'We study the Quux Routing Network (QRN) on ImageNet.',
    }));
    const xs = extractCorpus([
      ...papers,
      { title: '', abstract: 'Patients with the QRN prosthesis read faster.' },
    ]);
    expect(find(xs[xs.length - 1]!, 'QRN')?.id).toBe(
      resolved ? 'method:quux-routing-network' : 'method:qrn',
    );
  });

  it.each([
    ['agree 2 to 1', ['Quux Routing Network', 'Quux Routing Network', 'Quick Rank Norm'], true],
    ['split 1 to 1', ['Quux Routing Network', 'Quick Rank Norm'], false],
    [
      'split 3 to 2',
      [
        'Quux Routing Network',
        'Quux Routing Network',
        'Quux Routing Network',
        'Quick Rank Norm',
        'Quick Rank Norm',
      ],
      false,
    ],
  ])(
    'resolves a bare acronym elsewhere only when its definitions agree (%s)',
    (_, longs, resolved) => {
      const papers = longs.map((long) => ({
        title: '',
        abstract: `We study the ${long} (QRN) on ImageNet.`,
      }));
      const xs = extractCorpus([
        ...papers,
        { title: '', abstract: 'Here QRN is trained on ImageNet.' },
      ]);
      const bare = find(xs[xs.length - 1]!, 'QRN');
      expect(bare?.id).toBe(resolved ? 'method:quux-routing-network' : 'method:qrn');
    },
  );
});

describe('roles', () => {
  it.each([
    ['Zipper: A Multi-Tower Decoder', 'Models are hard.', 'Zipper'],
    ['Fusing Modalities', 'We propose Zipper, a multi-tower decoder.', 'Zipper'],
    [
      'Fusing Modalities',
      'Zipper, a novel decoder, fuses modalities. We show that Zipper wins.',
      'Zipper',
    ],
    ['Fusing Modalities', 'We design a new architecture called FooNet for this.', 'FooNet'],
  ])('%s / %s → %s proposed', (title, abstract, name) => {
    const x = extract({ title, abstract });
    expect(find(x, name)?.role).toBe('proposed');
  });

  it('keeps methods the paper only uses as used', () => {
    const x = extract({
      title: 'FooNet: Fast Things',
      abstract: 'FooNet uses cross-attention and LoRA.',
    });
    expect(find(x, 'LoRA')?.role).toBe('used');
    expect(find(x, 'cross-attention')?.role).toBe('used');
  });
});

describe('relations and results', () => {
  const x = extract({
    title: 'SVT: Sparse Vision Things',
    abstract:
      'SVT is built upon the Swin Transformer. SVT outperforms DeiT and ConvNeXt. ' +
      'Compared with LoRA, SVT is cheaper. SVT-H-L reaches 85.7% top-1 accuracy on ImageNet. ' +
      'We apply SVT to semantic segmentation.',
  });
  const has = (type: string, source: string, target: string): boolean =>
    x.relations.some((r) => r.type === type && r.source === source && r.target === target);

  it.each([
    ['builds_on', 'method:svt', 'method:swin-transformer'],
    ['outperforms', 'method:svt', 'method:deit'],
    ['outperforms', 'method:svt', 'method:convnext'],
    ['compared_with', 'method:svt', 'method:lora'],
    ['evaluated_on', 'method:svt-h-l', 'dataset:imagenet'],
    ['measured_by', 'method:svt-h-l', 'metric:top-1-accuracy'],
    ['addresses', 'method:svt', 'task:semantic-segmentation'],
  ])('%s %s → %s', (type, source, target) => {
    expect(has(type, source, target)).toBe(true);
  });

  it('carries rule ids and sentence evidence', () => {
    for (const r of x.relations) {
      expect(r.rule).toMatch(/^[a-z_]+\/[a-z-]+$/);
      expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
    }
  });

  it('finds the result tuple with its value as written', () => {
    expect(x.results).toContainEqual(
      expect.objectContaining({
        method: 'method:svt-h-l',
        dataset: 'dataset:imagenet',
        metric: 'metric:top-1-accuracy',
        value: '85.7%',
      }),
    );
  });
});
