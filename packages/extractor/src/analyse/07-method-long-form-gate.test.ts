import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const methods = (abstract: string): string[] =>
  extract({ title: 'A study', abstract })
    .entities.filter((e) => e.type === 'method')
    .map((e) => e.name);

// Long forms of stop-listed acronyms (dev-g #411, dev-j; bench corpus for the sensors).
describe('method long-form gate', () => {
  it.each([
    ['a modality', 'We segment Computed Tomography (CT) scans.', 'Computed Tomography', false],
    ['a sensor', 'We fuse Light Detection and Ranging (LiDAR) points.', 'Light Detection', false],
    ['a field', 'It is used in Computer Vision (CV) and beyond.', 'Vision', false],
    ['the bare sensor', 'We fuse LiDAR points with images.', 'LiDAR', false],
    ['a module', 'We add a Raw Adaptation Module (RAM) to it.', 'Raw Adaptation Module', true],
    ['a coined case', 'We propose Collaborative Decoding (CoDe).', 'Collaborative Decoding', true],
    ['a number format', 'It trains in BrainFloat16 (BF16) precision.', 'BrainFloat16', true],
  ])('%s', (_label, abstract, name, kept) => {
    expect(methods(abstract).includes(name)).toBe(kept);
  });
});
