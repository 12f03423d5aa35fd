// Derived paper ids and the normalised title they come from.
import { describe, expect, it } from 'vitest';
import { fnv1a, normalizeTitle, titleId } from './paper-id';

describe('titleId', () => {
  it.each([
    [
      'Zipper: A Multi-Tower Decoder Architecture for Fusing Modalities',
      'zipper-a-multi-tower-decoder-architecture-for-fusing-modalities',
    ],
    ['MIMO Is All You Need : A Strong Baseline', 'mimo-is-all-you-need-a-strong-baseline'],
    ['Mélange: Cost Efficient Serving', 'melange-cost-efficient-serving'],
    ['PanGu-$π$: Enhancing Language Models', 'pangu-π-enhancing-language-models'],
    ['  --Édition—Spéciale!  ', 'edition-speciale'],
    ['Straße über Ærø', 'straße-uber-ærø'],
  ])('%s → %s', (title, id) => {
    expect(titleId(title)).toBe(id);
  });

  it('cuts long titles at a word and adds a hash of the whole title', () => {
    const a = `${'word '.repeat(30)}ending one`;
    const b = `${'word '.repeat(30)}ending two`;
    expect(titleId(a)).toMatch(/^(word-)+word-[0-9a-f]{8}$/);
    expect(titleId(a).length).toBeLessThanOrEqual(80);
    expect(titleId(a)).not.toBe(titleId(b));
    expect(titleId(a)).toBe(titleId(a.toUpperCase()));
  });

  it('gives a hash id to a title without letters or digits', () => {
    expect(titleId('???')).toMatch(/^untitled-[0-9a-f]{8}$/);
  });

  it('ignores case, accents and punctuation when matching titles', () => {
    expect(normalizeTitle('Mélange:  COST-efficient')).toBe(
      normalizeTitle('melange cost efficient'),
    );
  });

  it('hashes deterministically', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});
