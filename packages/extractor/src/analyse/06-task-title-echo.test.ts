import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const tasks = (title: string, abstract: string): string[] =>
  extract({ title, abstract })
    .entities.filter((e) => e.type === 'task')
    .map((e) => e.name.toLowerCase())
    .sort();

// Titles and sentences of the dev files (cited), shortened.
describe('title task run repeated in lower case by the abstract', () => {
  it.each([
    [
      'after "for", a nominalisation (dev-c #57)',
      'Sequential Gradient Coding For Straggler Mitigation',
      'We consider straggler mitigation in distributed training.',
      ['straggler mitigation'],
    ],
    [
      'a hyphen compound head (dev-e #219)',
      'DART-Math: Difficulty-Aware Rejection Tuning for Mathematical Problem-Solving',
      'Solving mathematical problems requires reasoning; we study mathematical problem-solving.',
      ['mathematical problem-solving'],
    ],
    [
      'less its evaluative opener (dev-g #211)',
      'Dynamic Sparse Learning: A Novel Paradigm for Efficient Recommendation',
      'Sparse models serve recommendation at scale.',
      ['recommendation'],
    ],
    [
      'a sentence start keeps its capital (dev-s #51830)',
      'cuGenOpt: A Metaheuristic Framework for Combinatorial Optimization',
      'Combinatorial optimization is everywhere in logistics.',
      ['combinatorial optimization'],
    ],
  ])('%s', (_why, title, abstract, expected) => {
    expect(tasks(title, abstract)).toEqual(expected);
  });

  it.each([
    [
      'a name the abstract keeps capitalised (dev #110)',
      'Sparse Backbones for Adversarial Diffusion Compression',
      'We propose Adversarial Diffusion Compression (ADC) for images.',
      'adversarial diffusion compression',
    ],
    [
      'not a repeat: the title alone says nothing',
      'Sequential Gradient Coding For Straggler Mitigation',
      'We report results.',
      'straggler mitigation',
    ],
    [
      'a field, not a task (GUIDELINES.md)',
      'Sparse Networks for Image Processing',
      'Sparse networks are used in image processing.',
      'image processing',
    ],
    [
      'not a tail of the run (dev-d #184)',
      'Learned Reconstruction for Real-Time 3D Near-Field MIMO Radar Imaging',
      'We study radar imaging at short range.',
      'radar imaging',
    ],
    [
      'not after "via", where the method stands (dev-s #63415)',
      'GaitProtector: Gait Privacy via Diffusion Latent Optimization',
      'We run diffusion latent optimization without training.',
      'diffusion latent optimization',
    ],
  ])('no task: %s', (_why, title, abstract, name) => {
    expect(tasks(title, abstract)).not.toContain(name);
  });
});
