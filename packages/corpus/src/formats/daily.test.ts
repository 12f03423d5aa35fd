// The daily-list reader on small lists in the format of data/*.txt (header, date line, title
// and abstract paragraphs), well-formed and malformed.
import { describe, expect, it } from 'vitest';
import { parseDaily } from './daily';

const HEADER =
  'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\n';
const ABSTRACT_A = `We propose Zipper, a multi-tower decoder. ${'It fuses modalities with cross-attention. '.repeat(10)}`;
const ABSTRACT_B = `We study video prediction with MIMO models. ${'They beat SISO models on KITTI. '.repeat(10)}`;

const parse = (text: string, year?: number) =>
  parseDaily(text, 'lists/day.txt', 'day.txt', year === undefined ? {} : { year });

describe('parseDaily', () => {
  it('reads titles and abstracts after the header, with the date as written', () => {
    const { records, rejects } = parse(
      `${HEADER}Apr 3\n\nZipper\n\n${ABSTRACT_A}\n\nMIMO Is All You Need\n\n${ABSTRACT_B}\n`,
    );
    expect(rejects).toEqual([]);
    expect(records.map((r) => [r.id, r.title, r.source.line])).toEqual([
      ['zipper', 'Zipper', 11],
      ['mimo-is-all-you-need', 'MIMO Is All You Need', 15],
    ]);
    expect(records[0]?.abstract).toBe(ABSTRACT_A.trim());
    expect(records[0]?.appearances).toEqual([{ list: 'day.txt', dateText: 'Apr 3' }]);
    expect(records[0]?.idGiven).toBe(false);
  });

  it('skips the "Daily Papers" header line and gives ISO dates with a year', () => {
    const text = `new\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nSep 30\n\nZipper\n\n${ABSTRACT_A}\n`;
    const { records } = parse(text, 2024);
    expect(records[0]?.appearances).toEqual([
      { list: 'day.txt', dateText: 'Sep 30', date: '2024-09-30' },
    ]);
  });

  it('reads CRLF-free text whose paragraphs wrap over several lines', () => {
    const { records } = parse(
      `Apr 3\n\nA Long\nTitle\n\nFirst half of the abstract\nand its second half.\n`,
    );
    expect(records.map((r) => [r.title, r.abstract])).toEqual([
      ['A Long Title', 'First half of the abstract and its second half.'],
    ]);
  });

  it('follows a second date line for the records after it', () => {
    const { records } = parse(
      `Apr 3\n\nZipper\n\n${ABSTRACT_A}\n\nApr 4\n\nMIMO\n\n${ABSTRACT_B}\n`,
    );
    expect(records.map((r) => r.appearances[0]?.dateText)).toEqual(['Apr 3', 'Apr 4']);
  });

  it.each([
    [
      'a title at the end of the file',
      `Apr 3\n\nZipper\n\n${ABSTRACT_A}\n\nOrphan Title\n`,
      7,
      'NO_ABSTRACT',
    ],
    [
      'a title followed by another title and its abstract',
      `Apr 3\n\nOrphan Title\n\nZipper\n\n${ABSTRACT_A}\n`,
      3,
      'NO_ABSTRACT',
    ],
    [
      'a title right before a date line',
      `Apr 3\n\nOrphan Title\n\nApr 4\n\nZipper\n\n${ABSTRACT_A}\n`,
      3,
      'NO_ABSTRACT',
    ],
    [
      'an abstract without a title',
      `Apr 3\n\n${ABSTRACT_B}\n\nZipper\n\n${ABSTRACT_A}\n`,
      3,
      'MALFORMED',
    ],
  ])('rejects %s with its line and reads the rest', (_, text, line, code) => {
    const { records, rejects } = parse(text);
    expect(records.map((r) => r.title)).toEqual(['Zipper']);
    expect(rejects.map((r) => [r.file, r.line, r.code])).toEqual([['lists/day.txt', line, code]]);
  });

  it('keeps short abstracts that follow their title', () => {
    const { records, rejects } = parse(
      'Apr 3\n\nT1\n\nShort abstract one.\n\nT2\n\nShort abstract two.\n',
    );
    expect(rejects).toEqual([]);
    expect(records.map((r) => r.abstract)).toEqual(['Short abstract one.', 'Short abstract two.']);
  });

  it('reads a list without header or date, inventing no date', () => {
    const { records } = parse('Zipper\n\nAn abstract.\n');
    expect(records[0]?.appearances).toEqual([{ list: 'day.txt' }]);
  });
});
