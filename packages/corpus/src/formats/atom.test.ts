// The arXiv Atom reader on test/fixtures/arxiv-query.atom (hand-written in the shape of an
// arXiv API response) and on malformed feeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arxivId, parseAtom } from './atom';

const FIXTURE = readFileSync(
  new URL('../../test/fixtures/arxiv-query.atom', import.meta.url),
  'utf8',
);

describe('parseAtom on an arXiv API response', () => {
  const { records, rejects } = parseAtom(FIXTURE, 'q.atom', 'q.atom', {});

  it('reads each entry with its arXiv id, without version', () => {
    expect(records.map((r) => [r.id, r.source.line])).toEqual([
      ['2405.18669', 10],
      ['hep-th/9901001', 35],
    ]);
  });

  it('collapses whitespace and decodes entities in title and summary', () => {
    expect(records[0]?.title).toBe(
      'Zipper: A Multi-Tower Decoder Architecture for Fusing Modalities',
    );
    expect(records[0]?.abstract).toMatch(
      /^Integrating multiple .* architecture & show it works for speech <-> text\.$/,
    );
    expect(records[1]?.title).toBe('An Old-Style Identifier with Café and γ');
    expect(records[1]?.abstract).toBe(
      'Abstract in CDATA with <tags> & ampersands kept as written.',
    );
  });

  it('keeps authors, categories, the abs link and the published date', () => {
    expect(records[0]).toMatchObject({
      authors: ['Vicky Zayats', 'Peter Chen'],
      categories: ['cs.LG', 'cs.CL'],
      url: 'http://arxiv.org/abs/2405.18669v1',
      appearances: [{ list: 'q.atom', dateText: '2024-05-29T00:54:04Z', date: '2024-05-29' }],
    });
  });

  it('rejects the entry without summary', () => {
    expect(rejects.map((r) => [r.line, r.code])).toEqual([[43, 'NO_ABSTRACT']]);
  });
});

describe('parseAtom on malformed input', () => {
  const entry = (id: string) =>
    `<entry><id>http://arxiv.org/abs/${id}v1</id><title>T ${id}</title><summary>S.</summary></entry>`;

  it('keeps the entries before an XML error and reports the error line', () => {
    const text = `<feed>\n${entry('1')}\n<entry><title>cut\n</feed>`;
    const { records, rejects } = parseAtom(text, 'q.xml', 'q.xml', {});
    expect(records.map((r) => r.id)).toEqual(['1']);
    expect(rejects.map((r) => [r.line, r.code])).toEqual([[4, 'MALFORMED']]);
  });

  it('reports an arXiv API error entry', () => {
    const text =
      '<feed><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>' +
      '<title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>';
    expect(parseAtom(text, 'q.xml', 'q.xml', {}).rejects.map((r) => r.code)).toEqual(['API_ERROR']);
  });

  it('reads a lone <entry> document', () => {
    expect(parseAtom(entry('2'), 'e.xml', 'e.xml', {}).records.map((r) => r.id)).toEqual(['2']);
  });
});

describe('arxivId', () => {
  it.each([
    ['http://arxiv.org/abs/2405.18669v1', '2405.18669'],
    ['https://arxiv.org/abs/2405.18669', '2405.18669'],
    ['http://arxiv.org/abs/hep-th/9901001v12', 'hep-th/9901001'],
    ['urn:uuid:60a76c80', 'urn:uuid:60a76c80'],
  ])('%s → %s', (id, expected) => {
    expect(arxivId(id)).toBe(expected);
  });
});
