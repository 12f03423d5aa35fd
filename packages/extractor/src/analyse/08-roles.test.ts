import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const roleOf = (title: string, abstract: string, name: string): string | undefined =>
  extract({ title, abstract }).entities.find((e) => e.type === 'method' && e.name === name)?.role;

// Sizes and variants of the paper's own method (dev-b, dev-c, dev-d titles).
describe('proposed variants', () => {
  it.each([
    ['P2AT: Pyramid Pooling Axial Transformer', 'We build P2AT-S and P2AT-L for speed.', 'P2AT-L'],
    [
      'FlexiBERT: Are Current Transformer Architectures too Homogeneous?',
      'The resulting FlexiBERT-Mini beats the baselines.',
      'FlexiBERT-Mini',
    ],
  ])('%s: %s', (title, abstract, name) => {
    expect(roleOf(title, abstract, name)).toBe('proposed');
  });

  it('leaves a variant of a known model used', () => {
    expect(
      roleOf('LLaVA: A Study of Assistants', 'We compare with LLaVA-1.5 here.', 'LLaVA-1.5'),
    ).toBe('used');
  });
});

// Title-Case modules of a proposed method (dev-d: TransKD, P2AT, Clover).
describe('proposed modules', () => {
  const title = 'P2AT: Pyramid Pooling Axial Transformer';
  it('makes a Title-Case module of a proposing paper proposed', () => {
    const abstract = 'It adds a Global Context Enhancer to the decoder.';
    expect(roleOf(title, abstract, 'Global Context Enhancer')).toBe('proposed');
  });

  it('leaves a plural family used', () => {
    const abstract = 'Unlike Large Multimodal Models, it is small.';
    expect(roleOf(title, abstract, 'Large Multimodal Models')).toBe('used');
  });
});
