// Fold keys: the table says which surface forms are one name; the property
// checks the one-pass ASCII path of `foldKey` against its definition (split on
// anything but letters and digits, singularise the last word, join).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, foldKey, singular } from './normalise';

function reference(text: string): string {
  const words = foldCase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const last = words.length - 1;
  if (last < 0) return '';
  words[last] = singular(words[last] ?? '');
  return words.join('');
}

describe('foldKey', () => {
  it.each([
    ['Mixture-of-Experts', 'mixtureofexpert'],
    ['mixtures of experts', 'mixturesofexpert'],
    ['ViTs', 'vit'],
    ['strategies', 'strategy'],
    ['loss', 'loss'],
    ['Café', 'cafe'],
    ['--', ''],
  ])('%j → %j', (text, key) => {
    expect(foldKey(text)).toBe(key);
  });

  it('agrees with its definition', () => {
    const pieces = ['a', 'B', 's', 'es', 'ies', 'ches', 'ss', 'us', '-', ' ', '9', '.', '_', 'é'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 12 })), (t) => {
        expect(foldKey(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
