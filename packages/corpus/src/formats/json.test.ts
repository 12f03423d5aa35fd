// The JSON and JSON Lines readers: record shapes, aliases, and reject lines for broken input.
import { describe, expect, it } from 'vitest';
import { parseJson, parseJsonl } from './json';

describe('parseJsonl', () => {
  it('reads records with every optional field, ids kept exactly', () => {
    const text = [
      JSON.stringify({
        id: 'doi:10.1/X Y',
        title: '  Attention\n Is All\tYou Need ',
        abstract: 'The dominant\r models.',
        date: '2017-06-12',
        url: 'https://arxiv.org/abs/1706.03762',
        authors: ['Ashish Vaswani', { name: 'Noam Shazeer' }],
        categories: 'cs.CL cs.LG',
      }),
      JSON.stringify({
        id: 1706,
        title: 'Numeric id',
        summary: 'Summary is an alias.',
        published: 'Jun 12',
      }),
    ].join('\n');
    const { records, rejects } = parseJsonl(text, 'in.jsonl', 'in.jsonl', { year: 2017 });
    expect(rejects).toEqual([]);
    expect(records[0]).toEqual({
      id: 'doi:10.1/X Y',
      idGiven: true,
      title: 'Attention Is All You Need',
      abstract: 'The dominant models.',
      url: 'https://arxiv.org/abs/1706.03762',
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      categories: ['cs.CL', 'cs.LG'],
      appearances: [{ list: 'in.jsonl', dateText: '2017-06-12', date: '2017-06-12' }],
      source: { file: 'in.jsonl', line: 1 },
    });
    expect(records[1]).toMatchObject({
      id: '1706',
      abstract: 'Summary is an alias.',
      appearances: [{ dateText: 'Jun 12', date: '2017-06-12' }],
    });
  });

  it.each([
    ['{"title": broken', 'INVALID_JSON'],
    ['[1, 2]', 'NOT_A_RECORD'],
    ['"just a string"', 'NOT_A_RECORD'],
    ['{"abstract": "No title."}', 'NO_TITLE'],
    ['{"title": "No abstract"}', 'NO_ABSTRACT'],
    ['{"title": "Blank abstract", "abstract": "  \\n "}', 'NO_ABSTRACT'],
    ['{"title": {"nested": 1}, "abstract": "x"}', 'NO_TITLE'],
  ])('rejects %s on its line and carries on', (bad, code) => {
    const good = '{"title": "Good", "abstract": "Fine."}';
    const { records, rejects } = parseJsonl(
      `${good}\n\n${bad}\n${good}\n`,
      'in.jsonl',
      'in.jsonl',
      {},
    );
    expect(records).toHaveLength(2);
    expect(rejects.map((r) => [r.file, r.line, r.code])).toEqual([['in.jsonl', 3, code]]);
  });
});

describe('parseJson', () => {
  const records = [
    { id: 'a', title: 'A', abstract: 'Abstract A.' },
    { title: 'B', abstract: 'Abstract B.' },
    { title: 'C' },
  ];

  // Pretty-printed with two spaces, each record starts at its own `{` line.
  it.each([
    ['an array', JSON.stringify(records, null, 2), [2, 7, 11]],
    ['{papers: [...]}', JSON.stringify({ source: ['x'], papers: records }, null, 2), [6, 11, 15]],
  ])('reads %s and reports each record on its own line', (_, text, [a, b, c]) => {
    const result = parseJson(text, 'in.json', 'in.json', {});
    expect(result.records.map((r) => [r.id, r.source.line])).toEqual([
      ['a', a],
      ['b', b],
    ]);
    expect(result.rejects.map((r) => [r.line, r.code])).toEqual([[c, 'NO_ABSTRACT']]);
  });

  it('reads the good records of an array with a broken one', () => {
    const text =
      '[\n{"title": "A", "abstract": "x"},\n{"title": },\n{"title": "C", "abstract": "z"}\n]';
    const result = parseJson(text, 'in.json', 'in.json', {});
    expect(result.records.map((r) => [r.title, r.source.line])).toEqual([
      ['A', 2],
      ['C', 4],
    ]);
    expect(result.rejects.map((r) => [r.line, r.code])).toEqual([[3, 'INVALID_JSON']]);
  });

  it('reads a single record object', () => {
    const result = parseJson('{"title": "Solo", "abstract": "One."}', 'one.json', 'one.json', {});
    expect(result.records.map((r) => r.title)).toEqual(['Solo']);
  });

  it.each([
    ['[\n{"title": "A", "abstract": "x"},\n{"title": }\n]', 3, 'INVALID_JSON'],
    ['{"other": []}', 1, 'NOT_A_RECORD'],
    ['\n\n{"title": "unclosed', 3, 'INVALID_JSON'],
    ['[\n "text",\n {"title": "A", "abstract": "x"}\n]', 2, 'NOT_A_RECORD'],
  ])('rejects %j at line %i', (text, line, code) => {
    const result = parseJson(text, 'in.json', 'in.json', {});
    expect(result.rejects.map((r) => [r.line, r.code])).toEqual([[line, code]]);
  });
});
