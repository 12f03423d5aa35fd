// One line of `papergraph extract` and the input of `buildGraph`: a paper as
// read by the corpus readers plus what the extractor found in it, and the one mapping from
// a record and its extraction to that line (shared by the CLI and the explorer's worker).
import type { Appearance, PaperRecord } from '@papergraph/corpus';
import type { Extraction } from '@papergraph/extractor';

export interface ExtractedPaper extends Extraction {
  id: string;
  title: string;
  abstract: string;
  /** ISO `YYYY-MM-DD`, or null when the input gives no year. */
  date: string | null;
  /** The date as written when it has no year ("Apr 3"). */
  dateText?: string;
  url?: string;
  authors?: string[];
  categories?: string[];
  appearances: Appearance[];
}

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
