// Format detection from file name and content.
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

describe('detectFormat', () => {
  it.each([
    ['papers.jsonl', '{"title": "a"}', 'jsonl'],
    ['papers.ndjson', '{"title": "a"}', 'jsonl'],
    ['papers.json', '[{"title": "a"}]', 'json'],
    ['papers.json', '{"title": "a"}\n{"title": "b"}', 'jsonl'],
    ['papers.json', '{\n  "papers": []\n}', 'json'],
    ['papers.json', '{"papers": [{"title": "a"}]}', 'json'],
    ['papers.csv', 'id;title', 'csv'],
    ['papers.tsv', 'title\tabstract', 'csv'],
    ['refs.bib', '% comment\n@article{a,', 'bibtex'],
    ['feed.xml', '<?xml version="1.0"?><feed>', 'atom'],
    ['000_x.txt', 'new\n\nSubscribe\n\nApr 3\n\nTitle\n\nAbstract', 'daily'],
    ['-', '<feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['-', '\n  @inproceedings{a, title={T}}', 'bibtex'],
    ['-', '[{"title": "a"}]', 'json'],
    ['-', '{"title": "a"}\n', 'jsonl'],
    ['-', '{\n"papers": []}', 'json'],
    ['-', 'Title,Abstract\nA,B', 'csv'],
    ['-', '"id","title","abstract"\n', 'csv'],
    ['notes', 'Zipper, a decoder\n\nWe propose…', 'daily'],
    ['dir.v2/list', 'Title\n\nAbstract', 'daily'],
  ])('%s with %j → %s', (name, text, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });
});
