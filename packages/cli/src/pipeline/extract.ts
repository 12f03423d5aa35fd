// Step 2 of the pipeline: paper records in, extracted papers (the JSON Lines contract) out.
import type { PaperRecord } from '@papergraph/corpus';
import { extractCorpus, type Extraction } from '@papergraph/extractor';
import type { ExtractedPaper } from '@papergraph/graph';

export interface ExtractOptions {
  onProgress?: (done: number, total: number) => void;
}

export function extractPapers(
  records: PaperRecord[],
  options: ExtractOptions = {},
): ExtractedPaper[] {
  options.onProgress?.(0, records.length);
  const extractions = extractCorpus(records);
  options.onProgress?.(records.length, records.length);
  return records.map((record, i) => toExtractedPaper(record, extractions[i] ?? EMPTY));
}

const EMPTY: Extraction = { entities: [], relations: [], results: [] };

/** The line of `papergraph extract`: contract keys first, in the order PRODUCT.md shows. */
export function toExtractedPaper(record: PaperRecord, extraction: Extraction): ExtractedPaper {
  const first = record.appearances.find((a) => a.date !== undefined) ?? record.appearances[0];
  const paper: ExtractedPaper = {
    id: record.id,
    title: record.title,
    abstract: record.abstract,
    date: first?.date ?? null,
    entities: extraction.entities,
    relations: extraction.relations,
    results: extraction.results,
    appearances: record.appearances,
  };
  if (paper.date === null && first?.dateText !== undefined) paper.dateText = first.dateText;
  if (record.url !== undefined) paper.url = record.url;
  if (record.authors !== undefined) paper.authors = record.authors;
  if (record.categories !== undefined) paper.categories = record.categories;
  return paper;
}
