// readCorpus on the bundled corpus (data/*.txt, the five daily lists) and on small temporary
// trees: directory rules, stdin, missing/empty/binary files, strict mode, progress, --year.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CorpusError, formatReject, readCorpus, summarize } from './index';

const DATA = fileURLToPath(new URL('../../../../data', import.meta.url));

describe('readCorpus on the bundled data/ directory', () => {
  it('yields 462 papers, 86 duplicates merged, 0 rejected', async () => {
    // 548 title/abstract pairs in 5 lists; 86 repeat an earlier normalised title (checked with
    // an independent Python count before this test was written).
    const corpus = await readCorpus([DATA]);
    expect(summarize(corpus)).toBe('462 papers, 86 duplicates merged, 0 rejected');
    expect(new Set(corpus.papers.map((p) => p.id)).size).toBe(462);
    const total = corpus.papers.reduce((n, p) => n + p.appearances.length, 0);
    expect(total).toBe(548);
  });

  it('keeps every appearance of a paper listed on three days, in input order', async () => {
    const corpus = await readCorpus([DATA]);
    const paper = corpus.papers.find(
      (p) => p.title === 'Efficient Controllable Multi-Task Architectures',
    );
    expect(paper?.id).toBe('efficient-controllable-multi-task-architectures');
    expect(paper?.appearances).toEqual([
      { list: '000_adc9fddadecaa833.txt', dateText: 'Apr 3' },
      { list: '001_b14064bef56a4f4f.txt', dateText: 'Mar 14' },
      { list: '003_e229ce006a1bfd45.txt', dateText: 'Mar 11' },
    ]);
  });

  it('gives ISO dates only with a year', async () => {
    const corpus = await readCorpus([DATA], { year: 2024 });
    expect(corpus.papers[0]?.appearances[0]).toEqual({
      list: '000_adc9fddadecaa833.txt',
      dateText: 'Apr 3',
      date: '2024-04-03',
    });
    const last = corpus.papers[corpus.papers.length - 1];
    expect(last?.appearances.at(-1)?.date).toBe('2024-09-30');
  });

  it('reports each file to onFile with its index and the total', async () => {
    const calls: [string, number, number][] = [];
    await readCorpus([DATA], { onFile: (file, index, total) => calls.push([file, index, total]) });
    expect(calls.map(([, index, total]) => [index, total])).toEqual([
      [0, 5],
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
    ]);
    expect(calls[0]?.[0]).toMatch(/000_adc9fddadecaa833\.txt$/);
  });
});

function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'papergraph-corpus-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const line = (id: string, title: string): string =>
  JSON.stringify({ id, title, abstract: `Abstract of ${title}.` }) + '\n';

describe('readCorpus on small trees', () => {
  it('walks directories in sorted order, skipping hidden entries, *.md and ignored directories', async () => {
    const root = tree({
      'b.jsonl': line('b', 'B'),
      'a/z.jsonl': line('az', 'AZ'),
      'a/c.jsonl': line('ac', 'AC'),
      '.hidden.jsonl': line('h', 'Hidden'),
      '.git/x.jsonl': line('g', 'Git'),
      'README.md': '# not an input',
      'gold/.papergraphignore': '',
      'gold/dev.jsonl': line('gold', 'Gold'),
    });
    const corpus = await readCorpus([root]);
    expect(corpus.papers.map((p) => p.id)).toEqual(['ac', 'az', 'b']);
    expect(corpus.rejects).toEqual([]);
  });

  it('reads an explicitly named file even where a walk would skip it, and each file once', async () => {
    const root = tree({ 'gold/.papergraphignore': '', 'gold/dev.jsonl': line('gold', 'Gold') });
    const file = join(root, 'gold/dev.jsonl');
    const corpus = await readCorpus([file, file, root]);
    expect(corpus.papers.map((p) => p.id)).toEqual(['gold']);
    expect(corpus.papers[0]?.appearances).toHaveLength(1);
  });

  it('rejects missing, empty and binary files with file:0 and carries on', async () => {
    const root = tree({
      'empty.jsonl': '  \n',
      'nul.txt': new Uint8Array([0x74, 0x00, 0x74]),
      'latin1.csv': new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9]),
      'good.jsonl': line('g', 'Good'),
    });
    const missing = join(root, 'nope.jsonl');
    const corpus = await readCorpus([missing, root]);
    expect(corpus.papers.map((p) => p.id)).toEqual(['g']);
    expect(corpus.rejects.map((r) => [r.file, r.line, r.code])).toEqual([
      [missing, 0, 'NOT_FOUND'],
      [join(root, 'empty.jsonl'), 0, 'EMPTY'],
      [join(root, 'latin1.csv'), 0, 'BINARY'],
      [join(root, 'nul.txt'), 0, 'BINARY'],
    ]);
    expect(formatReject(corpus.rejects[0]!)).toMatch(new RegExp(`^${missing}:0: `));
    expect(summarize(corpus)).toBe('1 papers, 0 duplicates merged, 4 rejected');
  });

  it('reads stdin for "-", in the format its content shows', async () => {
    const stdin = Readable.from([line('2401.00001', 'From stdin'), '{"title": broken\n']);
    const corpus = await readCorpus(['-'], { stdin });
    expect(corpus.papers.map((p) => [p.id, p.appearances[0]?.list])).toEqual([
      ['2401.00001', '<stdin>'],
    ]);
    expect(corpus.rejects.map((r) => [r.file, r.line, r.code])).toEqual([
      ['<stdin>', 2, 'INVALID_JSON'],
    ]);
  });

  it('merges a paper read from two files and counts the fold', async () => {
    const root = tree({ '1.jsonl': line('x', 'Same'), '2.jsonl': line('x', 'Same') });
    const corpus = await readCorpus([root]);
    expect(corpus.duplicatesMerged).toBe(1);
    expect(corpus.papers[0]?.appearances.map((a) => a.list)).toEqual(['1.jsonl', '2.jsonl']);
  });

  it('throws a CorpusError listing the rejects in strict mode', async () => {
    const root = tree({ 'bad.jsonl': '{"title": "T"}\n' });
    const error = await readCorpus([root], { strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).code).toBe('REJECTS');
    expect((error as CorpusError).rejects.map((r) => r.code)).toEqual(['NO_ABSTRACT']);
    expect((error as CorpusError).message).toContain(`${join(root, 'bad.jsonl')}:1:`);
  });

  it.each([[0], [24], [2024.5], [Number.NaN]])('rejects year %s up front', async (year) => {
    const error = await readCorpus([], { year }).catch((e: unknown) => e);
    expect((error as CorpusError).code).toBe('INVALID_OPTION');
  });
});
