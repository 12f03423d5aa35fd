// Real abstracts from the bundled corpus, with the entities a reader expects.
// Source: data/000_adc9fddadecaa833.txt and the lists after it; papers are
// numbered as in data/gold/GUIDELINES.md (both are dev-split papers).
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import type { Extraction } from './types';

/** Paper 10: "Scaling Up Your Kernels" (UniRepLKNet), data/ lists. */
const UNIREPLKNET = {
  title:
    'Scaling Up Your Kernels: Large Kernel Design in ConvNets towards Universal Representations',
  abstract:
    'This paper proposes the paradigm of large convolutional kernels in designing modern Convolutional Neural Networks (ConvNets). We establish that employing a few large kernels, instead of stacking multiple smaller ones, can be a superior design strategy. Our work introduces a set of architecture design guidelines for large-kernel ConvNets that optimize their efficiency and performance. We propose the UniRepLKNet architecture, which offers systematical architecture design principles specifically crafted for large-kernel ConvNets, emphasizing their unique ability to capture extensive spatial information without deep layer stacking. This results in a model that not only surpasses its predecessors with an ImageNet accuracy of 88.0%, an ADE20K mIoU of 55.6%, and a COCO box AP of 56.4% but also demonstrates impressive scalability and performance on various modalities such as time-series forecasting, audio, point cloud, and video recognition. These results indicate the universal modeling abilities of large-kernel ConvNets with faster inference speed compared with vision transformers. Our findings reveal that large-kernel ConvNets possess larger effective receptive fields and a higher shape bias, moving away from the texture bias typical of smaller-kernel CNNs. All codes and models are publicly available at https://github.com/AILab-CVC/UniRepLKNet promoting further research and development in the community.',
};

const has = (x: Extraction, type: string, surface: string): boolean =>
  x.entities.some((e) => e.type === type && (e.name === surface || e.aliases.includes(surface)));

describe('paper 10: UniRepLKNet', () => {
  const x = extract(UNIREPLKNET);
  it.each([
    ['method', 'UniRepLKNet'],
    ['method', 'ConvNets'],
    ['dataset', 'ImageNet'],
    ['dataset', 'ADE20K'],
    ['dataset', 'COCO'],
    ['metric', 'mIoU'],
    ['metric', 'box AP'],
    ['metric', 'inference speed'],
    ['task', 'time-series forecasting'],
    ['task', 'video recognition'],
  ])('finds %s %s', (type, surface) => {
    expect(has(x, type, surface)).toBe(true);
  });

  it('makes UniRepLKNet the proposed method and leaves vision transformers used', () => {
    expect(x.entities.find((e) => e.name === 'UniRepLKNet')?.role).toBe('proposed');
    expect(x.entities.find((e) => e.id === 'method:vision-transformer')?.role).toBe('used');
  });

  it('skips the code URL and the generic words', () => {
    const names = x.entities.map((e) => e.name);
    expect(names).not.toContain('AILab-CVC');
    expect(names.map((n) => n.toLowerCase())).not.toContain('model');
  });

  it('reads the ImageNet result', () => {
    expect(x.results).toContainEqual(
      expect.objectContaining({
        dataset: 'dataset:imagenet',
        metric: 'metric:accuracy',
        value: '88.0%',
      }),
    );
  });
});
