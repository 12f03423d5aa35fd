// One line of `papergraph extract` and the input of `buildGraph`: a paper as
// read by the corpus readers plus what the extractor found in it.
import type { Appearance } from '@papergraph/corpus';
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
