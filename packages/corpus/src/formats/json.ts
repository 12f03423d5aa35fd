// Readers for JSON (an array of records, `{papers: [...]}`, or one record) and JSON Lines (one
// record per line). A broken JSON Lines line is a reject with its line number; the rest carries on.
import { isReject, toRecord } from '../record';
import { reject } from '../reject';
import { lineIndex, type LineIndex } from '../text/line-index';
import type { ParsedFile, ParseOptions } from '../types';
import { isPlainObject, jsonFields } from './json-fields';
import { recordSpans } from './json-offsets';

export function parseJson(
  text: string,
  file: string,
  list: string,
  options: ParseOptions,
): ParsedFile {
  const result: ParsedFile = { format: 'json', records: [], rejects: [] };
  const lines = lineIndex(text);
  const add = (item: unknown, index: number, line: number): void => {
    if (!isPlainObject(item)) {
      result.rejects.push(
        reject(
          file,
          line,
          'NOT_A_RECORD',
          `record ${index + 1} is not an object; give {"title", "abstract", ...}`,
        ),
      );
      return;
    }
    const record = toRecord(jsonFields(item), { file, list, line }, options);
    if (isReject(record)) result.rejects.push(record);
    else result.records.push(record);
  };

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // Not valid as a whole: read the records one by one, so one broken record costs only itself.
    const spans = recordSpans(text);
    if (spans.length === 0) {
      result.rejects.push(
        reject(
          file,
          jsonErrorLine(error, text, lines),
          'INVALID_JSON',
          `not valid JSON (${errorMessage(error)}); fix the document`,
        ),
      );
    }
    spans.forEach((span, index) => {
      const line = lines.lineAt(span.start);
      try {
        add(JSON.parse(text.slice(span.start, span.end)), index, line);
      } catch (spanError) {
        result.rejects.push(
          reject(
            file,
            line,
            'INVALID_JSON',
            `record ${index + 1} is not valid JSON (${errorMessage(spanError)}); fix the record`,
          ),
        );
      }
    });
    return result;
  }

  if (Array.isArray(document) || (isPlainObject(document) && Array.isArray(document.papers))) {
    const items = (Array.isArray(document) ? document : document.papers) as unknown[];
    const spans = recordSpans(text);
    items.forEach((item, index) => add(item, index, lines.lineAt(spans[index]?.start ?? 0)));
  } else if (isPlainObject(document) && 'title' in document) {
    add(document, 0, lines.lineAt(text.search(/\S/)));
  } else {
    result.rejects.push(
      reject(
        file,
        1,
        'NOT_A_RECORD',
        'JSON document is neither an array of records nor {"papers": [...]}; wrap the records in an array',
      ),
    );
  }
  return result;
}

export function parseJsonl(
  text: string,
  file: string,
  list: string,
  options: ParseOptions,
): ParsedFile {
  const result: ParsedFile = { format: 'jsonl', records: [], rejects: [] };
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === '') continue;
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch (error) {
      result.rejects.push(
        reject(
          file,
          line,
          'INVALID_JSON',
          `line is not JSON (${errorMessage(error)}); fix or remove the line`,
        ),
      );
      continue;
    }
    if (!isPlainObject(item)) {
      result.rejects.push(
        reject(
          file,
          line,
          'NOT_A_RECORD',
          'line is JSON but not an object; give {"title", "abstract", ...}',
        ),
      );
      continue;
    }
    const record = toRecord(jsonFields(item), { file, list, line }, options);
    if (isReject(record)) result.rejects.push(record);
    else result.records.push(record);
  }
  return result;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** V8 reports "… at position N" or "(line L column C)": turn either into a line number. */
function jsonErrorLine(error: unknown, text: string, lines: LineIndex): number {
  const message = errorMessage(error);
  const lineColumn = /line (\d+) column/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lines.lineAt(Math.min(Number(position[1]), text.length));
  return 1;
}
