// Paper records and rejects: what every reader produces, whatever the input format.

/** Where a paper was listed: a daily list or an input file. */
export interface Appearance {
  /** The list or file it came from (its base name), e.g. `000_adc9fddadecaa833.txt`. */
  list: string;
  /** The date as written in the input ("Apr 3", "2024-04-03"). */
  dateText?: string;
  /** ISO `YYYY-MM-DD`, only when the year is known (from the input or `--year`). */
  date?: string;
}

export interface PaperRecord {
  /** The input's own id kept exactly (arXiv id, DOI, any string), else derived from the normalised title. */
  id: string;
  /** True when `id` came from the input, false when derived from the title. */
  idGiven: boolean;
  title: string;
  abstract: string;
  url?: string;
  authors?: string[];
  categories?: string[];
  /** Every list or file the paper appeared in, in input order. */
  appearances: Appearance[];
  /** The first place the record was read: for error messages and provenance. */
  source: { file: string; line: number };
}

/**
 * Why a record or file was rejected, for tests and tools that act on the kind rather than the
 * wording of `reason`.
 */
export type RejectCode =
  | 'NO_TITLE' // a record without a title
  | 'NO_ABSTRACT' // a record (or daily-list title) without an abstract
  | 'MALFORMED' // a block, row or entry that cannot be read as a record
  | 'INVALID_JSON' // a JSON document or JSON Lines line that does not parse
  | 'NOT_A_RECORD' // valid JSON that is not an object
  | 'API_ERROR' // an arXiv API error entry
  | 'NOT_FOUND' // an input path that does not exist
  | 'UNREADABLE' // a file or stream that cannot be read
  | 'EMPTY' // a file with nothing but whitespace
  | 'BINARY'; // a file with NUL bytes or invalid UTF-8

/** A record or file that could not be used: reported as `file:line: reason`. */
export interface Reject {
  file: string;
  /** 1-based line of the record; 0 when the whole file is rejected. */
  line: number;
  reason: string;
  /** The kind of reject; always set by the readers of this package. */
  code?: RejectCode;
}

export type InputFormat = 'daily' | 'json' | 'jsonl' | 'csv' | 'bibtex' | 'atom';

export interface ParseOptions {
  /** Year for dates written without one ("Apr 3"). Without it no ISO date is invented. */
  year?: number;
  /** Force a format instead of detecting it from content and file name. */
  format?: InputFormat;
}

/** What a parser returns for one file's text, before duplicates are merged. */
export interface ParsedFile {
  format: InputFormat;
  records: PaperRecord[];
  rejects: Reject[];
}

/** The whole corpus after merging duplicates. */
export interface Corpus {
  papers: PaperRecord[];
  rejects: Reject[];
  /** How many records were folded into an earlier one with the same id or title. */
  duplicatesMerged: number;
}
