// XML entity decoding for Atom text.
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './xml-entities';

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;tag&gt; &quot;q&quot; &apos;s&apos;', '<tag> "q" \'s\''],
    ['Caf&#233; &#x3B3; &#x1F600;', 'Café γ 😀'],
    ['&amp;amp;', '&amp;'],
    ['&unknown; & alone', '&unknown; & alone'],
    ['&#0; &#x110000;', '&#0; &#x110000;'],
  ])('%s → %s', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});
