import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const typeOf = (title: string, abstract: string, name: string): string | undefined =>
  extract({ title, abstract }).entities.find((e) => e.name === name)?.type;

// Titles and definitions from the tune files (dev-p #68184, dev-s #60913, #62412, dev-r #47816).
describe('datasets named by their introduction', () => {
  it.each([
    [
      'a title naming a dataset',
      'TT4D: A Pipeline and Dataset for Table Tennis 4D Reconstruction',
      'We present TT4D for reconstruction. TT4D has 140 matches.',
      'TT4D',
      'dataset',
    ],
    [
      'a benchmarking title',
      'SPM-Bench: Benchmarking Large Language Models for Microscopy',
      'We study models.',
      'SPM-Bench',
      'dataset',
    ],
    [
      'a title using a dataset',
      'Zorblax: Training Detectors on a Synthetic Dataset',
      'We train Zorblax.',
      'Zorblax',
      'method',
    ],
    [
      'a technique on datasets',
      'Zorblax: Dataset Distillation for Vision',
      'We distil with Zorblax.',
      'Zorblax',
      'method',
    ],
    [
      'a dataset long form',
      'A study',
      'We introduce DAWN (Dataset for Automated Workflows and Numerical Modeling) to test agents.',
      'Dataset for Automated Workflows and Numerical Modeling',
      'dataset',
    ],
    [
      'a benchmark after the definition',
      'A study',
      'Models struggle on the Bird-Bench (BIRD) benchmark of hard queries.',
      'Bird-Bench',
      'dataset',
    ],
  ])('%s', (_label, title, abstract, name, type) => {
    expect(typeOf(title, abstract, name)).toBe(type);
  });
});
