// Reader for CSV (or tab-separated) files with a header row. Header names are matched case-
// insensitively: title, abstract (or summary), id, date, url, authors, categories; other
// columns are ignored. A row with more fields than the header is a reject.
import { isReject, splitList, toRecord, type RawFields } from '../record';
import { reject } from '../reject';
import type { ParsedFile, ParseOptions } from '../types';
import { csvRows } from './csv-rows';

const COLUMNS: Record<string, keyof RawFields> = {
  id: 'id',
  title: 'title',
  abstract: 'abstract',
  summary: 'abstract',
  date: 'date',
  published: 'date',
  url: 'url',
  link: 'url',
  authors: 'authors',
  author: 'authors',
  categories: 'categories',
  category: 'categories',
};

/** Tab-separated when the header line has tabs and no commas. */
export function csvDelimiter(text: string): string {
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline);
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
}

export function parseCsv(
  text: string,
  file: string,
  list: string,
  options: ParseOptions,
): ParsedFile {
  const result: ParsedFile = { format: 'csv', records: [], rejects: [] };
  const { rows, unterminatedAt } = csvRows(text, csvDelimiter(text));
  const [header, ...body] = rows;
  if (header === undefined) return result;
  const columns = header.fields.map((name) => COLUMNS[name.trim().toLowerCase()]);
  if (!columns.includes('title')) {
    result.rejects.push(
      reject(
        file,
        header.line,
        'MALFORMED',
        'CSV header has no "title" column; the first row must name the columns (title, abstract, ...)',
      ),
    );
    return result;
  }
  for (const row of body) {
    if (row.fields.length > columns.length) {
      result.rejects.push(
        reject(
          file,
          row.line,
          'MALFORMED',
          `row has ${row.fields.length} fields but the header has ${columns.length}; quote fields that contain commas`,
        ),
      );
      continue;
    }
    const fields: RawFields = {};
    row.fields.forEach((value, index) => {
      const column = columns[index];
      if (column === 'authors') fields.authors = splitList(value);
      else if (column === 'categories') fields.categories = value.split(/[\s,;]+/);
      else if (column !== undefined) fields[column] = value;
    });
    const record = toRecord(fields, { file, list, line: row.line }, options);
    if (isReject(record)) result.rejects.push(record);
    else result.records.push(record);
  }
  if (unterminatedAt !== undefined) {
    result.rejects.push(
      reject(
        file,
        unterminatedAt,
        'MALFORMED',
        'quoted field is never closed; add the closing double quote',
      ),
    );
  }
  return result;
}
