// The CSV reader: quoting rules of RFC 4180, case-insensitive headers, rejects with row lines,
// and a property test that it reads back whatever a correct CSV writer writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { csvRows } from './csv-rows';

const parse = (text: string) => parseCsv(text, 'in.csv', 'in.csv', {});

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and newlines inside quotes, with row lines', () => {
    const text = [
      'Title,ABSTRACT,Id,Authors,Categories,Extra',
      '"Zipper, a decoder","We ""fuse"" modalities,',
      'across lines.",2404.1,"A. One; B. Two",cs.CL cs.LG,ignored',
      'Second,Plain abstract.,,,,',
    ].join('\n');
    const { records, rejects } = parse(text);
    expect(rejects).toEqual([]);
    expect(records.map((r) => [r.id, r.title, r.abstract, r.source.line])).toEqual([
      ['2404.1', 'Zipper, a decoder', 'We "fuse" modalities, across lines.', 2],
      ['second', 'Second', 'Plain abstract.', 4],
    ]);
    expect(records[0]?.authors).toEqual(['A. One', 'B. Two']);
    expect(records[0]?.categories).toEqual(['cs.CL', 'cs.LG']);
  });

  it('accepts summary as the abstract column and tab-separated files', () => {
    const { records } = parse('summary\ttitle\nAn abstract.\tA title\n');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['A title', 'An abstract.']]);
  });

  it.each([
    ['a row with too many fields', 'title,abstract\nA,B,C\nGood,Fine.\n', 2, 'MALFORMED'],
    ['a row without abstract', 'title,abstract\nA\nGood,Fine.\n', 2, 'NO_ABSTRACT'],
    ['a row without title', 'title,abstract\n,Only abstract.\nGood,Fine.\n', 2, 'NO_TITLE'],
    ['an unclosed quote', 'title,abstract\nGood,Fine.\nBad,"never closed\n', 3, 'MALFORMED'],
  ])('rejects %s with its line', (_, text, line, code) => {
    const { records, rejects } = parse(text);
    expect(records.map((r) => r.title)).toEqual(['Good']);
    expect(rejects.map((r) => [r.file, r.line, r.code])).toEqual([['in.csv', line, code]]);
  });

  it('rejects a header without a title column', () => {
    expect(parse('name,abstract\nA,B\n').rejects.map((r) => [r.line, r.code])).toEqual([
      [1, 'MALFORMED'],
    ]);
  });
});

/** A correct RFC 4180 writer, to check the reader against. */
function writeCsv(rows: string[][]): string {
  const quote = (field: string): string =>
    /[",\n]/.test(field) || field === '' ? `"${field.replace(/"/g, '""')}"` : field;
  return rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

describe('csvRows', () => {
  it('reads back any table a correct writer writes', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é', 'x') });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(field, { minLength: width, maxLength: width }), { maxLength: 8 }),
      );
    fc.assert(
      fc.property(table, (rows) => {
        expect(csvRows(writeCsv(rows)).rows.map((r) => r.fields)).toEqual(rows);
        // Without the final newline too.
        expect(csvRows(writeCsv(rows).slice(0, -1)).rows.map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });

  it('gives each row the line it starts on', () => {
    const rows = csvRows('a,b\n"x\ny",z\n\nlast,row').rows;
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });
});
