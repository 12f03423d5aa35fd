// Raw abstracts → graph inside the browser, the same steps as `papergraph build`:
// 1 parse (corpus) → 2 extract each paper, then resolve ids across them (extractor) →
// 3 link, analyse and lay out (graph). Runs in the extraction worker; returns graph JSON.
import { formatReject, mergeRecords, parseFile } from '@papergraph/corpus';
import { analyse, resolve } from '@papergraph/extractor';
import { buildGraph, toExtractedPaper, toJSON } from '@papergraph/graph';
import { ExplorerError } from '../core/errors';

export interface Progress {
  stage: 'parse' | 'extract' | 'build';
  done: number;
  total: number;
}

export function abstractsToGraph(
  text: string,
  name: string,
  progress: (progress: Progress) => void,
): string {
  progress({ stage: 'parse', done: 0, total: 1 });
  const corpus = mergeRecords([parseFile(text, name)]);
  progress({ stage: 'parse', done: 1, total: 1 });
  const records = corpus.papers;
  if (records.length === 0) {
    const why = corpus.rejects.slice(0, 3).map(formatReject).join('; ');
    throw new ExplorerError(
      'EMPTY_INPUT',
      `abstractsToGraph: no paper could be read from ${name}${why === '' ? '' : ` (${why})`}. Open a daily list, JSON/JSONL, CSV, BibTeX or arXiv Atom file.`,
    );
  }
  const step = Math.max(1, Math.floor(records.length / 100));
  const analyses = records.map((record, i) => {
    if (i % step === 0) progress({ stage: 'extract', done: i, total: records.length });
    return analyse(record);
  });
  progress({ stage: 'extract', done: records.length, total: records.length });
  const extractions = resolve(analyses);
  progress({ stage: 'build', done: 0, total: 1 });
  const papers = records.map((record, i) =>
    toExtractedPaper(record, extractions[i] ?? { entities: [], relations: [], results: [] }),
  );
  const json = toJSON(buildGraph(papers, { name }));
  progress({ stage: 'build', done: 1, total: 1 });
  return json;
}
