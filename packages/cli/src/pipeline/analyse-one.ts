// One paper through `analyse`, as the JSON text the cache stores — or, when the extractor
// throws on it, an error line starting with FAILED_PREFIX, so one bad abstract does not stop
// a 75k-paper build (the build reports it and does not cache it).
import type { PaperAnalysis, PaperText } from '@papergraph/extractor';

export const FAILED_PREFIX = '!';

export function analyseOne(analyse: (paper: PaperText) => PaperAnalysis, paper: PaperText): string {
  try {
    return JSON.stringify(analyse(paper));
  } catch (error) {
    return `${FAILED_PREFIX}${error instanceof Error ? error.message : String(error)}`;
  }
}
