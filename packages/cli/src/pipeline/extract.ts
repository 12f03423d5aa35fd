// Step 2 of the pipeline: paper records in, extracted papers (the JSON Lines contract) out.
import type { PaperRecord } from '@papergraph/corpus';
import { extractCorpus, type Extraction } from '@papergraph/extractor';
import { toExtractedPaper, type ExtractedPaper } from '@papergraph/graph';

export { toExtractedPaper };

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
