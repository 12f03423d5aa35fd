// Merging duplicates across files: by given id, or by normalised title when an id is missing.
import { describe, expect, it } from 'vitest';
import { mergeRecords } from './merge-records';
import { parseFile } from './parse-file';
import type { ParsedFile } from './types';

const jsonl = (name: string, ...records: object[]): ParsedFile =>
  parseFile(records.map((r) => JSON.stringify(r)).join('\n'), name);

describe('mergeRecords', () => {
  it.each([
    [
      'the same given id',
      [{ id: 'x', title: 'First', abstract: 'A.' }],
      [{ id: 'x', title: 'Other title', abstract: 'B.' }],
      1,
    ],
    [
      'the same normalised title without ids',
      [{ title: 'Mélange: Serving', abstract: 'A.' }],
      [{ title: 'MELANGE  serving', abstract: 'B.' }],
      1,
    ],
    [
      'a title without id matching a given id',
      [{ id: '2401.1', title: 'Zipper', abstract: 'A.' }],
      [{ title: 'zipper', abstract: 'B.' }],
      1,
    ],
    [
      'different given ids with the same title (kept apart)',
      [{ id: 'a', title: 'Zipper', abstract: 'A.' }],
      [{ id: 'b', title: 'Zipper', abstract: 'B.' }],
      2,
    ],
  ])('merges %s', (_, first, second, papers) => {
    const corpus = mergeRecords([jsonl('1.jsonl', ...first), jsonl('2.jsonl', ...second)]);
    expect(corpus.papers).toHaveLength(papers);
    expect(corpus.duplicatesMerged).toBe(2 - papers);
    if (papers === 1) {
      expect(corpus.papers[0]?.abstract).toBe('A.');
      expect(corpus.papers[0]?.appearances.map((a) => a.list)).toEqual(['1.jsonl', '2.jsonl']);
    }
  });

  it('adopts a later given id for a paper first read without one', () => {
    const corpus = mergeRecords([
      parseFile('Apr 3\n\nZipper\n\nAn abstract.\n', 'day.txt'),
      jsonl('api.jsonl', { id: '2405.18669', title: 'Zipper', abstract: 'Other.', url: 'u' }),
      jsonl('more.jsonl', { id: '2405.18669', title: 'Zipper v2', abstract: 'Again.' }),
    ]);
    expect(corpus.papers.map((p) => [p.id, p.idGiven, p.abstract, p.url])).toEqual([
      ['2405.18669', true, 'An abstract.', 'u'],
    ]);
    expect(corpus.duplicatesMerged).toBe(2);
  });

  it('keeps first-appearance order and every appearance in input order', () => {
    const corpus = mergeRecords([
      jsonl('1.jsonl', { title: 'B', abstract: 'x' }, { title: 'A', abstract: 'x' }),
      jsonl(
        '2.jsonl',
        { title: 'C', abstract: 'x' },
        { title: 'B', abstract: 'y', date: '2024-01-02' },
      ),
    ]);
    expect(corpus.papers.map((p) => p.title)).toEqual(['B', 'A', 'C']);
    expect(corpus.papers[0]?.appearances).toEqual([
      { list: '1.jsonl' },
      { list: '2.jsonl', dateText: '2024-01-02', date: '2024-01-02' },
    ]);
  });

  it('keeps ids unique when a derived id equals a given one', () => {
    const corpus = mergeRecords([
      jsonl('1.jsonl', { title: 'Foo', abstract: 'x' }),
      jsonl('2.jsonl', { id: 'foo', title: 'Something else', abstract: 'y' }),
    ]);
    expect(corpus.papers.map((p) => p.id)).toEqual(['foo-2', 'foo']);
  });

  it('counts in = papers + duplicates merged + rejected', () => {
    const files = [
      jsonl('1.jsonl', { title: 'A', abstract: 'x' }, { title: 'No abstract' }),
      jsonl('2.jsonl', { title: 'A', abstract: 'y' }),
    ];
    const corpus = mergeRecords(files);
    expect(corpus.papers.length + corpus.duplicatesMerged + corpus.rejects.length).toBe(3);
  });
});
