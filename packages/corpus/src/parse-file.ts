// Entry point of the pure readers: one file's text → its records and rejects, in the format
// detected from content and name (or forced with `options.format`). Line endings are normalised
// here, before any reader runs, so every offset downstream indexes the same text.
import { CorpusError } from './errors';
import { parseAtom } from './formats/atom';
import { parseBibtex } from './formats/bibtex';
import { parseCsv } from './formats/csv';
import { parseDaily } from './formats/daily';
import { detectFormat } from './formats/detect-format';
import { parseJson, parseJsonl } from './formats/json';
import { normalizeNewlines } from './text/normalize-text';
import type { InputFormat, ParsedFile, ParseOptions } from './types';

type Reader = (text: string, file: string, list: string, options: ParseOptions) => ParsedFile;

const READERS: Record<InputFormat, Reader> = {
  daily: parseDaily,
  json: parseJson,
  jsonl: parseJsonl,
  csv: parseCsv,
  bibtex: parseBibtex,
  atom: parseAtom,
};

/**
 * Parses one input file. `name` is the file as the user gave it: rejects carry it, and its base
 * name is the list the records appeared in. Throws `CorpusError('INVALID_OPTION')` for bad
 * options; bad input is never thrown, it comes back as rejects.
 */
export function parseFile(text: string, name: string, options: ParseOptions = {}): ParsedFile {
  validateParseOptions(options);
  const normalized = normalizeNewlines(text);
  const format = options.format ?? detectFormat(normalized, name);
  return READERS[format](normalized, name, baseName(name), options);
}

export function validateParseOptions(options: ParseOptions): void {
  const { year, format } = options;
  if (year !== undefined && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
    throw new CorpusError(
      'INVALID_OPTION',
      `parseFile: year must be a four-digit integer, got ${String(year)}; pass e.g. --year 2024`,
    );
  }
  if (format !== undefined && !(format in READERS)) {
    throw new CorpusError(
      'INVALID_OPTION',
      `parseFile: unknown format "${String(format)}"; use one of ${Object.keys(READERS).join(', ')}`,
    );
  }
}

/** `data/000_x.txt` → `000_x.txt`; works for both slash kinds, without node:path. */
export function baseName(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return name.slice(slash + 1);
}
