// The BibTeX reader on test/fixtures/references.bib (hand-written, in the export styles of
// arXiv, Google Scholar and DBLP) and on malformed entries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from './bibtex';

const FIXTURE = readFileSync(
  new URL('../../test/fixtures/references.bib', import.meta.url),
  'utf8',
);

describe('parseBibtex on references.bib', () => {
  const { records, rejects } = parseBibtex(FIXTURE, 'references.bib', 'references.bib', {
    year: 2024,
  });

  it('reads the entries with an abstract, skipping @string, @preamble and @comment', () => {
    expect(records.map((r) => [r.id, r.source.line])).toEqual([
      ['2405.18669', 7],
      ['10.5555/3666122.3666123', 18],
      ['key-only', 33],
    ]);
  });

  it('collapses whitespace and keeps nested braces text', () => {
    expect(records[0]?.abstract).toBe(
      'Integrating multiple generative foundation models, especially those trained on different modalities, poses significant nested challenges.',
    );
    expect(records[0]?.authors).toEqual(['Vicky Zayats', 'Peter Chen']);
    expect(records[0]?.categories).toEqual(['cs.LG']);
    expect(records[0]?.appearances).toEqual([{ list: 'references.bib', dateText: '2024' }]);
  });

  it('decodes LaTeX in quoted values and resolves month macros', () => {
    expect(records[1]?.title).toBe('Über BERT – Pre-training at Scale: 10% Better & Faster');
    expect(records[1]?.abstract).toBe('We pre-train BERT on naïve data—and it works well.');
    expect(records[1]?.authors).toEqual(['Jürgen Müller', 'René Straße', 'François Ørsted']);
    expect(records[1]?.appearances[0]?.dateText).toBe('Dec 2023');
  });

  it('joins # concatenations', () => {
    expect([records[2]?.title, records[2]?.abstract]).toEqual([
      'Concatenated Title',
      'Abstract and more.',
    ]);
  });

  it('rejects the entry without abstract, with its line', () => {
    expect(rejects.map((r) => [r.line, r.code])).toEqual([[28, 'NO_ABSTRACT']]);
  });
});

describe('parseBibtex on malformed input', () => {
  it.each([
    ['an unclosed entry', '@article{a, title={T}, abstract={never closed', 'MALFORMED'],
    ['a field without "="', '@article{a, title {T}}', 'MALFORMED'],
    ['an unclosed quoted value', '@article{a, title="T, abstract={x}}', 'MALFORMED'],
  ])('rejects %s and resumes at the next entry', (_, bad, code) => {
    const text = `${bad}\n@article{good, title={Good}, abstract={Fine.}}\n`;
    const { records, rejects } = parseBibtex(text, 'in.bib', 'in.bib', {});
    expect(records.map((r) => r.id)).toEqual(['good']);
    expect(rejects.map((r) => [r.file, r.line, r.code])).toEqual([['in.bib', 1, code]]);
  });

  it('ignores a stray @ outside entries', () => {
    const text = 'Contact me@example.org\n@article{k, title={T}, abstract={A.}}';
    expect(parseBibtex(text, 'in.bib', 'in.bib', {}).records.map((r) => r.id)).toEqual(['k']);
  });
});
