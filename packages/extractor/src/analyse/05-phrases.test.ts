import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const tasks = (title: string): string[] =>
  extract({ title, abstract: 'We report results.' })
    .entities.filter((e) => e.type === 'task')
    .map((e) => e.name.toLowerCase());

// Title-Case titles of dev-d / dev-e papers (#59, #124 found; #110, #214 not tasks).
describe('task phrases in a Title-Case title', () => {
  it.each([
    [
      'after an evaluative word',
      'Learning Architectures for Scalable Image Recognition',
      'image recognition',
      true,
    ],
    [
      'after "for"',
      'A Model for Video Localization and Question Answering',
      'video localization',
      true,
    ],
    [
      'not the tail of a name',
      'Adversarial Diffusion Compression for Images',
      'diffusion compression',
      false,
    ],
    [
      'not after an adjective shape',
      'Distilling Tools and Programmatic Reasoning',
      'programmatic reasoning',
      false,
    ],
  ])('%s', (_label, title, name, found) => {
    expect(tasks(title).includes(name)).toBe(found);
  });
});

// dev-e #179: a dimension narrows a phrase that already has two modifiers.
describe('task phrases in an abstract', () => {
  it('takes a dimension before two modifiers', () => {
    const names = extract({
      title: 'A study',
      abstract: 'It is a method for solving 3D medical image reconstruction tasks.',
    }).entities.map((e) => e.name);
    expect(names).toContain('3D medical image reconstruction');
  });

  it.each([
    ['It is a model for 3D human generation.', '3D human generation'],
    ['We study visual grounding in robots and visual grounding in games.', 'visual grounding'],
    ['It is the key to zero-shot retrieval.', 'zero-shot retrieval'],
    ['It is a model for masked patch reconstruction.', 'masked patch reconstruction'],
  ])('takes a domain adjective: %s', (abstract, name) => {
    const names = extract({ title: 'A study', abstract }).entities.map((e) => e.name);
    expect(names).toContain(name);
  });
});

// dev-e #439: a hyphen compound ending in a head, before a noun, is an adjective.
describe('compound adjectives', () => {
  it.each([
    ['It inspires next-generation neuromorphic chips and next-generation chips.', false],
    ['It is a model for next-frame prediction.', true],
  ])('%s', (abstract, found) => {
    const names = extract({ title: 'A study', abstract }).entities.map((e) => e.name);
    expect(names.some((n) => n.startsWith('next-'))).toBe(found);
  });
});

// Round 8 heads, from bench-corpus abstracts (dev-r #23188, dev-s #12556); "analysis" is no
// head ("empirical analysis", dev-b).
describe('round 8 task heads', () => {
  it.each([
    ['It is a method for concept erasure in diffusion models.', 'concept erasure', true],
    ['It is a method for camera calibration.', 'camera calibration', true],
    ['It is a method for empirical analysis.', 'empirical analysis', false],
    ['It is a model for oracle segmentation.', 'oracle segmentation', false],
    ['It is a model for optimal compression.', 'optimal compression', false],
    ['It is a model for crop monitoring.', 'crop monitoring', false],
    ['It is a model for clinical diagnosis.', 'clinical diagnosis', false],
  ])('%s', (abstract, name, found) => {
    const names = extract({ title: 'A study', abstract }).entities.map((e) => e.name);
    expect(names.includes(name)).toBe(found);
  });
});
