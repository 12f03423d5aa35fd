// Whitespace and line-ending normalisation: the text every offset downstream indexes.
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalizeNewlines } from './normalize-text';

describe('collapseWhitespace', () => {
  it.each([
    ['already clean', 'already clean'],
    ['  padded  ', 'padded'],
    ['a  b', 'a b'],
    ['a\nb\r\nc\td', 'a b c d'],
    ['a\u00a0b\u2009c\u3000d\ufeffe', 'a b c d e'],
    [' ', ''],
    ['', ''],
    ['x ', 'x'],
    ['\u0085 not \\s in JS', '\u0085 not \\s in JS'],
  ])('%j → %j', (text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('normalizeNewlines', () => {
  it.each([
    ['a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['\uFEFFtitle', 'title'],
    ['plain', 'plain'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeNewlines(text)).toBe(expected);
  });
});
