// The hand-written scanner of `tokenise` against the regex it replaces (the
// definition of an atom), on strings mixing ASCII, accents, combining marks,
// non-Latin digits, astral letters, lone surrogates and decimal dots.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJoiningGap, tokenise, type Atom } from './tokenise';

const ATOM = /[\p{L}\p{N}\p{M}]+(?:\.\d+[\p{L}\p{N}\p{M}]*)*/gu;

function reference(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const m of text.matchAll(ATOM)) {
    const word = m[0];
    let upperCount = 0;
    let digitCount = 0;
    for (const ch of word) {
      if (/\p{Lu}/u.test(ch)) upperCount++;
      else if (/\p{N}/u.test(ch)) digitCount++;
    }
    const lower = word.toLowerCase();
    const first = word[0] ?? '';
    atoms.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower,
      key: lower.replace(/\./g, ''),
      upperCount,
      digitCount,
      capitalised: first !== first.toLowerCase(),
    });
  }
  return atoms;
}

const PIECES = [
  'a', 'Z', '5', '.', '-', ' ', 'é', 'É', '\u0301', '٣', '𝐀', '😀', '\ud800', '\udc00', 'ß', 'İ',
  'Σ', 'Ⅻ', 'ǅ', '_', "'", 'ResNet', '85.7', 'v1.5', 'e.g.',
]; // prettier-ignore

describe('tokenise', () => {
  it.each([
    ['ResNet-50 reaches 85.7%', ['ResNet', '50', 'reaches', '85.7']],
    ['v1.5.2 and 3.x', ['v1.5.2', 'and', '3', 'x']],
    ['Café Ⅻ 𝐀B', ['Café', 'Ⅻ', '𝐀B']],
  ])('cuts %j into atoms', (text, expected) => {
    expect(tokenise(text).map((a) => a.text)).toEqual(expected);
  });

  it('agrees with the regex definition of an atom', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 16 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 16 })), (t) => {
        expect(tokenise(t)).toEqual(reference(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isJoiningGap', () => {
  it('agrees with its character class on every UTF-16 code unit', () => {
    const JOINING = /^[\s\-‐‑–_'’@]$/;
    for (let c = 0; c < 0x10000; c++) {
      const gap = String.fromCharCode(c);
      if (isJoiningGap(gap) !== JOINING.test(gap)) expect.fail(`code ${c}`);
    }
    expect(isJoiningGap('--')).toBe(false);
    expect(isJoiningGap('')).toBe(false);
  });
});
