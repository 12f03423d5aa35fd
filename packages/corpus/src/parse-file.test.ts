// parseFile: format dispatch, text normalisation before any reader runs, and option checks.
import { describe, expect, it } from 'vitest';
import { CorpusError } from './errors';
import { baseName, parseFile } from './parse-file';

describe('parseFile', () => {
  it('normalises CRLF and a BOM before reading, so offsets index clean text', () => {
    const text = '\uFEFFApr 3\r\n\r\nA Title\r\n\r\nLine one\r\nline two.\r\n';
    const { format, records } = parseFile(text, 'lists/day.txt');
    expect(format).toBe('daily');
    expect(records.map((r) => [r.title, r.abstract, r.appearances[0]?.list])).toEqual([
      ['A Title', 'Line one line two.', 'day.txt'],
    ]);
  });

  it.each([
    ['papers.jsonl', '{"title":"T","abstract":"A."}', 'jsonl'],
    ['papers.csv', 'title,abstract\nT,A.', 'csv'],
    ['refs.bib', '@misc{k, title={T}, abstract={A.}}', 'bibtex'],
    ['feed.xml', '<feed><entry><title>T</title><summary>A.</summary></entry></feed>', 'atom'],
    ['papers.json', '[{"title":"T","abstract":"A."}]', 'json'],
  ])('reads %s as %s', (name, text, format) => {
    const parsed = parseFile(text, name);
    expect(parsed.format).toBe(format);
    expect(parsed.records.map((r) => [r.title, r.abstract])).toEqual([['T', 'A.']]);
  });

  it('obeys a forced format', () => {
    expect(parseFile('title,abstract\nT,A.', 'x.txt', { format: 'csv' }).records).toHaveLength(1);
  });

  it.each([[{ year: 24 }], [{ year: 2024.5 }], [{ format: 'pdf' as never }]])(
    'throws INVALID_OPTION for %j',
    (options) => {
      expect(() => parseFile('', 'x', options)).toThrow(CorpusError);
      try {
        parseFile('', 'x', options);
      } catch (error) {
        expect((error as CorpusError).code).toBe('INVALID_OPTION');
      }
    },
  );

  it('gives an empty result for empty text', () => {
    expect(parseFile('', 'x.txt')).toEqual({ format: 'daily', records: [], rejects: [] });
  });
});

describe('baseName', () => {
  it.each([
    ['data/000_a.txt', '000_a.txt'],
    ['C:\\in\\b.csv', 'b.csv'],
    ['<stdin>', '<stdin>'],
  ])('%s → %s', (name, base) => {
    expect(baseName(name)).toBe(base);
  });
});
