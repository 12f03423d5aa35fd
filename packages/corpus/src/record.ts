// The last step of every reader: the fields a format yielded → a PaperRecord, or a Reject when
// the title or abstract is missing. Whitespace is collapsed and ids are given or derived here,
// so every format follows the same rules.
import { toIsoDate } from './dates';
import { titleId } from './paper-id';
import { reject } from './reject';
import { collapseWhitespace } from './text/normalize-text';
import type { Appearance, PaperRecord, ParseOptions, Reject } from './types';

/** What a format reader found for one record, before validation. */
export interface RawFields {
  id?: string | undefined;
  title?: string | undefined;
  abstract?: string | undefined;
  /** The date as written. */
  date?: string | undefined;
  url?: string | undefined;
  authors?: string[] | undefined;
  categories?: string[] | undefined;
}

export interface RecordSource {
  /** The file name as given, for rejects and provenance. */
  file: string;
  /** Its base name: the list the record appeared in. */
  list: string;
  line: number;
}

export function toRecord(
  fields: RawFields,
  source: RecordSource,
  options: ParseOptions,
): PaperRecord | Reject {
  const title = collapseWhitespace(fields.title ?? '');
  const abstract = collapseWhitespace(fields.abstract ?? '');
  if (title === '') {
    return reject(
      source.file,
      source.line,
      'NO_TITLE',
      'record has no title; add one or drop the record',
    );
  }
  if (abstract === '') {
    return reject(
      source.file,
      source.line,
      'NO_ABSTRACT',
      `"${shorten(title)}" has no abstract; add one or drop the record`,
    );
  }
  const idGiven = fields.id !== undefined && fields.id.trim() !== '';
  const record: PaperRecord = {
    id: idGiven ? (fields.id as string) : titleId(title),
    idGiven,
    title,
    abstract,
    appearances: [appearance(source.list, fields.date, options.year)],
    source: { file: source.file, line: source.line },
  };
  const url = fields.url?.trim();
  if (url) record.url = url;
  const authors = cleanList(fields.authors);
  if (authors) record.authors = authors;
  const categories = cleanList(fields.categories);
  if (categories) record.categories = categories;
  return record;
}

export function isReject(value: PaperRecord | Reject): value is Reject {
  return 'reason' in value;
}

export function appearance(list: string, dateText: string | undefined, year?: number): Appearance {
  const result: Appearance = { list };
  const written = dateText?.trim();
  if (written) {
    result.dateText = written;
    const iso = toIsoDate(written, year);
    if (iso !== undefined) result.date = iso;
  }
  return result;
}

/** Splits a list written as one string: `;` when present, else commas and " and ". */
export function splitList(text: string): string[] {
  const parts = text.includes(';') ? text.split(';') : text.split(/,|\band\b/);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function cleanList(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const cleaned = values.map(collapseWhitespace).filter((value) => value !== '');
  return cleaned.length > 0 ? cleaned : undefined;
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}
