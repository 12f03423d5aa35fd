import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { VALUE } from '../lexicon/patterns';

const tuples = (title: string, abstract: string): string[] => {
  const x = extract({ title, abstract });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.results.map(
    (r) => `${name.get(r.method)} | ${name.get(r.dataset)} | ${name.get(r.metric)} | ${r.value}`,
  );
};

const values = (text: string): string[] => [...text.matchAll(VALUE)].map((m) => m[0]);

describe('value extent', () => {
  it.each([
    ['reaches 85.7% top-1 accuracy', ['85.7%']],
    ['achieves 73.62\\% top-1 accuracy', ['73.62\\%']],
    ['a mIoU of 54.7.', ['54.7']],
    ['51.2mAP bbAP on COCO', ['51.2']],
    ['up to 18.53x speedup', ['18.53x']],
    ['increase the length by 7.87 times', ['7.87 times']],
    ['with only 1.6 ms inference latency', ['1.6 ms']],
    ['improvements in the range of 15%-50%', ['15%-50%']],
    ['by 0.3%/1.1% accuracy', ['0.3%', '1.1%']],
    ['75.15%|82.03% top-1', ['75.15%', '82.03%']],
    ['+3.1 BLEU over the baseline', ['+3.1']],
    ['GPT-3.5 and ResNet-50 on CIFAR-10.1', []],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('result tuples', () => {
  const title = 'PoolFormer: MetaFormer Is What You Need';
  it('gives an improvement to the subject, not the compared baseline', () => {
    const r = tuples(
      title,
      'We propose PoolFormer. On ImageNet-1K, PoolFormer achieves 82.1% top-1 accuracy, surpassing DeiT-B by 0.3% accuracy.',
    );
    expect(r).toContain('PoolFormer | ImageNet | accuracy | 0.3%');
    expect(r.some((t) => t.startsWith('DeiT'))).toBe(false);
  });

  it('pairs a list of values with the datasets in order ("respectively")', () => {
    const r = tuples(
      'CCNet: Criss-Cross Attention for Semantic Segmentation',
      'We propose CCNet. In particular, our CCNet achieves mIoU scores of 81.9%, 45.76% and 55.47% on the Cityscapes test set, the ADE20K validation set and the PASCAL VOC validation set respectively.',
    );
    expect(r.map((t) => t.split(' | ').slice(1).join(' | '))).toEqual([
      'Cityscapes | mean intersection over union | 81.9%',
      'ADE20K | mean intersection over union | 45.76%',
      'PASCAL VOC | mean intersection over union | 55.47%',
    ]);
  });

  it('leaves out names, sizes and the starting point of a change', () => {
    const r = tuples(
      'GaitProtector: Gait De-Identification',
      'We propose GaitProtector. On CASIA-B, GaitProtector reduces accuracy from 89.6% to 15.0% with a model of 0.76 MB.',
    );
    expect(r.map((t) => t.split(' | ')[3])).toEqual(['15.0%']);
  });

  it('gives the value to the proposed method when "we" is the subject', () => {
    const r = tuples(
      'LD-Pruner: Efficient Pruning of Latent Diffusion Models',
      'We propose LD-Pruner. Notably, we reduce the inference time of Stable Diffusion by 34.9% on MS-COCO.',
    );
    expect(r).toEqual(['LD-Pruner | COCO | inference time | 34.9%']);
  });

  it.each([
    [
      'a side note on size',
      'PoolFormer achieves 82.1% top-1 accuracy on ImageNet with 35% fewer parameters.',
      ['82.1%'],
    ],
    ['a spread', 'PoolFormer has 1.93% (1.98+/-0.07) classification error on CIFAR-10.', ['1.93%']],
    [
      'a baseline after "compared to"',
      'PoolFormer reaches 66.5% accuracy on LAMBADA compared to 63.2% for GPT-2.',
      ['66.5%'],
    ],
    [
      'a side note after a list',
      'PoolFormer achieves 82.1% top-1 accuracy on ImageNet with 35%/52% fewer parameters.',
      ['82.1%'],
    ],
    [
      'a size ratio',
      'PoolFormer reaches 98% accuracy on CIFAR-10 and is 15% the size of ResNet50.',
      ['98%'],
    ],
    [
      "a trade-off's cost",
      'PoolFormer saves 40% FLOPs on Human3.6M with only 0.2% accuracy drop.',
      ['40%'],
    ],
    [
      'a gain in points',
      'PoolFormer gives up to 13 points improvement in micro F1 on SQuAD.',
      ['13'],
    ],
  ])('keeps the results only: %s', (_, sentence, expected) => {
    const r = tuples(title, `We propose PoolFormer. ${sentence}`);
    expect(r.map((t) => t.split(' | ')[3])).toEqual(expected);
  });

  it('ends a clause at "and an": each value takes its own dataset', () => {
    const r = tuples(
      'TransNeXt: Robust Foveal Visual Perception',
      'We propose TransNeXt. Our TransNeXt-Base achieves an ImageNet accuracy of 86.2% and an ImageNet-A accuracy of 61.6%.',
    );
    expect(r.map((t) => t.split(' | ').slice(1, 4).join(' | '))).toEqual([
      'ImageNet | accuracy | 86.2%',
      'ImageNet-A | accuracy | 61.6%',
    ]);
  });

  it('takes the metric a few words after the value ("8.9% higher GLUE score")', () => {
    const r = tuples(
      'FlexiBERT: Flexible Transformers',
      'We propose FlexiBERT. On GLUE, FlexiBERT has 10.2 perplexity and 8.9% higher GLUE score.',
    );
    expect(r).toContain('FlexiBERT | GLUE | GLUE score | 8.9%');
  });

  it('does not carry the only metric across a contrast ("while maintaining 99%")', () => {
    const r = tuples(
      'MuE: Dynamic Early Exiting',
      'We propose MuE. On SNLI-VE, MuE reduces inference time by 50% while maintaining 99% performance.',
    );
    expect(r.map((t) => t.split(' | ')[3])).toEqual(['50%']);
  });

  it('gives a compared baseline its own parenthesised value', () => {
    const r = tuples(
      'MFTCoder: Multitask Fine-Tuning',
      'We propose MFTCoder. MFTCoder achieves a pass@1 of 74.4% on HumanEval, surpassing GPT-4 performance (67%, zero-shot).',
    );
    expect(r).toContain('GPT-4 | HumanEval | pass@1 | 67%');
    expect(r).toContain('MFTCoder | HumanEval | pass@1 | 74.4%');
  });

  it('lets values with their own metrics share the dataset after them', () => {
    const r = tuples(
      'CSWin Transformer: Cross-Shaped Windows',
      'We propose CSWin Transformer. It achieves 53.9 box AP and 46.4 mask AP on the COCO detection task.',
    );
    expect(r.map((t) => t.split(' | ').slice(1).join(' | '))).toEqual([
      'COCO | mean average precision | 53.9',
      'COCO | mean average precision | 46.4',
    ]);
  });

  it('pairs gains "respectively" with the earlier results of the sentence', () => {
    const r = tuples(
      'CSWin Transformer: Cross-Shaped Windows',
      'We propose CSWin Transformer. It achieves 85.4% top-1 accuracy on ImageNet-1K, 53.9 box AP and 46.4 mask AP on COCO, and 52.2 mIoU on ADE20K, surpassing Swin Transformer by +1.2, +2.0, +1.4, and +2.0 respectively.',
    );
    expect(r.filter((t) => t.includes('+'))).toEqual([
      'CSWin Transformer | ImageNet | top-1 accuracy | +1.2',
      'CSWin Transformer | COCO | mean average precision | +2.0',
      'CSWin Transformer | COCO | mean average precision | +1.4',
      'CSWin Transformer | ADE20K | mean intersection over union | +2.0',
    ]);
  });

  it('gives no result to a "respectively" list that pairs with nothing', () => {
    const r = tuples(
      'CCNet: Criss-Cross Attention',
      'We propose CCNet. CCNet achieves mIoU scores of 81.9%, 45.76% and 55.47% on the Cityscapes test set, the ADE20K validation set and a third set respectively.',
    );
    expect(r).toEqual([]);
  });

  it('pairs a "|" list of values with a "|" list of models', () => {
    const r = tuples(
      'ScaleKD: Strong Teachers',
      'We propose ScaleKD. Our method gets 75.15%|82.03% top-1 accuracies for MobileNet-V1|ResNet-50 models trained on ImageNet-1K.',
    );
    expect(r.map((t) => `${t.split(' | ')[0]} | ${t.split(' | ')[3]}`)).toEqual([
      'MobileNet-V1 | 75.15%',
      'ResNet-50 | 82.03%',
    ]);
  });

  it('gives a list the metric right after it, for values of one unit', () => {
    const r = tuples(
      'BossNAS: Hybrid Architecture Search',
      'We propose BossNAS. Our method achieves high rating accuracy with 0.78 and 0.76 Spearman correlation on ImageNet.',
    );
    expect(r.map((t) => t.split(' | ').slice(2).join(' | '))).toEqual([
      'Spearman correlation | 0.78',
      'Spearman correlation | 0.76',
    ]);
  });

  it('does not pair a list with datasets that a metric tells apart', () => {
    const r = tuples(
      'RT-DETR: Real-Time Detection Transformer',
      'We propose RT-DETR. Our RT-DETR-R50 / R101 achieves 53.1% / 54.3% AP on COCO and 108 / 74 FPS on T4 GPU.',
    );
    expect(r.map((t) => t.split(' | ').slice(1, 2).join(''))).toEqual(['COCO', 'COCO']);
  });

  it('gives a value to the model named in apposition after the own method', () => {
    const r = tuples(
      'MFTCoder: Multitask Fine-Tuning',
      'We propose MFTCoder. Our MFTCoder fine-tuned model, CodeFuse-CodeLLama-34B, achieves a pass@1 of 74.4% on HumanEval.',
    );
    expect(r).toEqual(['CodeFuse-CodeLLama-34B | HumanEval | pass@1 | 74.4%']);
  });

  it('does not take a metric past "and" as the one a value measures', () => {
    const r = tuples(
      'ATM-Net: Anatomy-Aware Fusion',
      'We propose ATM-Net. ATM-Net achieves Dice of 79.39% and HD95 of 9.91 pixels on SPIDER.',
    );
    expect(r.map((t) => t.split(' | ').slice(2).join(' | '))).toEqual([
      'Dice | 79.39%',
      'Hausdorff distance | 9.91',
    ]);
  });

  it('takes the dataset right after a value behind "on"', () => {
    const r = tuples(
      'FocusTrack: Anti-UAV Tracking',
      'We propose FocusTrack. FocusTrack obtains 67.7% AUC on AntiUAV and 62.8% AUC on AntiUAV410.',
    );
    expect(r.map((t) => t.split(' | ').slice(1, 2).join(''))).toEqual(['AntiUAV', 'AntiUAV410']);
  });

  it('lets "respectively" values share the one dataset of the sentence', () => {
    const r = tuples(
      'PNE-SGAN: Loop Closure Detection',
      'We propose PNE-SGAN. Evaluations on KITTI sequences 00 and 08 show an average precision of 96.2% and 95.1%, respectively.',
    );
    expect(r.map((t) => t.split(' | ').slice(1, 2).join(''))).toEqual(['KITTI', 'KITTI']);
  });
});
