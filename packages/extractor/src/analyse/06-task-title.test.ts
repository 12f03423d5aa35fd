import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const tasks = (title: string): string[] =>
  extract({ title, abstract: 'We report results.' })
    .entities.filter((e) => e.type === 'task')
    .map((e) => e.name.toLowerCase())
    .sort();

// Titles of the bench-corpus dev files (dev-p … dev-s) and the older dev files.
describe('task run in a Title-Case title', () => {
  it.each([
    [
      'past a verb-like noun, less the opener (dev-p #58636)',
      'Style-Based Neural Architectures for Real-Time Weather Classification',
      ['weather classification'],
    ],
    [
      'a one-word shape guess is part of it (dev-r #28392)',
      'Point-Plane Projections for Accurate LiDAR Semantic Segmentation',
      ['lidar semantic segmentation'],
    ],
    [
      'a compound modifier (dev-q #20056)',
      'DeepShade: Enable Shade Simulation by Text-conditioned Image Generation',
      ['text-conditioned image generation'],
    ],
    [
      'not a qualifying compound (dev-i #133)',
      'InstaFlow: One Step is Enough for High-Quality Diffusion-Based Text-to-Image Generation',
      ['text-to-image generation'],
    ],
    [
      'not a gerund (dev-e #99)',
      'LLMs Meet Long Video: Advancing Long Video Comprehension',
      ['long video comprehension'],
    ],
    [
      'not an unknown adjective (dev-i #333)',
      'Autoregressive Entity Retrieval',
      ['entity retrieval'],
    ],
    [
      'not a compound name (dev-f #401)',
      'RF-DETR Object Detection vs YOLOv12 : A Study',
      ['object detection'],
    ],
    [
      'not an unknown gerund nor a qualifying compound (dev-q #12477, #39606)',
      'Mixpert: Mitigating Channel-Independent Multimodal Learning',
      ['multimodal learning'],
    ],
    ['a lower-case title is left alone', 'Lossless compression with circuits', []],
  ])('%s', (_why, title, expected) => {
    expect(tasks(title)).toEqual(expected);
  });
});

describe('a domain-adjective compound in a title task', () => {
  it('keeps "Monocular-to-3D" (dev-q)', () => {
    const names = extract({ title: 'Lifting Monocular-to-3D Pose Estimation', abstract: '' })
      .entities.filter((e) => e.type === 'task')
      .map((e) => e.name.toLowerCase());
    expect(names).toContain('monocular-to-3d pose estimation');
  });
});

// A Title-Case title's unlisted task is read by shape from its bare head (dev-r, dev-s titles).
describe('a title task found from its bare head', () => {
  it.each([
    [
      'EVolSplat4D: Efficient Volume-based Gaussian Splatting for 4D Urban Scene Synthesis',
      '4d urban scene synthesis',
    ],
    [
      'Single-Line Drawing Generation via Semantics-Driven Optimization',
      'single-line drawing generation',
    ],
    ['RBCorr: Response Bias Correction in Language Models', 'response bias correction'],
  ])('%s', (title, task) => {
    expect(tasks(title)).toContain(task);
  });

  it.each([
    ['CompactifAI: Extreme Compression of Large Language Models', 'compression'],
    [
      'Adversarial Diffusion Compression for Real-World Image Super-Resolution',
      'diffusion compression',
    ],
    [
      'Large Language Model Distilling Medication Recommendation Model',
      'distilling medication recommendation',
    ],
  ])('%s', (title, task) => {
    expect(tasks(title).some((t) => t.endsWith(task))).toBe(false);
  });
});
