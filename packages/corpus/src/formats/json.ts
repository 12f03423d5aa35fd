// Readers for JSON (an array of records, `{papers: [...]}`, or one record) and JSON Lines (one
// record per line). A broken JSON Lines line is a reject with its line number; the rest carries on.
import { isReject, toRecord } from '../record';
import { reject } from '../reject';
import { lineIndex } from '../text/line-index';
import type { ParsedFile, ParseOptions } from '../types';
import { isPlainObject, jsonFields } from './json-fields';
import { recordOffsets } from './json-offsets';

export function parseJson(
  text: string,
  file: string,
  list: string,
  options: ParseOptions,
): ParsedFile {
  const result: ParsedFile = { format: 'json', records: [], rejects: [] };
  const lines = lineIndex(text);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const { line, message } = jsonErrorLine(error, text, (offset) => lines.lineAt(offset));
    result.rejects.push(
      reject(
        file,
        line,
        'INVALID_JSON',
        `not valid JSON (${message}); fix the document or save it as JSON Lines so one bad record does not stop the rest`,
      ),
    );
    return result;
  }
  let items: unknown[];
  let offsets: number[];
  if (Array.isArray(document)) {
    items = document;
    offsets = recordOffsets(text);
  } else if (isPlainObject(document) && Array.isArray(document.papers)) {
    items = document.papers as unknown[];
    offsets = recordOffsets(text);
  } else if (isPlainObject(document) && 'title' in document) {
    items = [document];
    offsets = [text.search(/\S/)];
  } else {
    result.rejects.push(
      reject(
        file,
        1,
        'NOT_A_RECORD',
        'JSON document is neither an array of records nor {"papers": [...]}; wrap the records in an array',
      ),
    );
    return result;
  }
  items.forEach((item, index) => {
    const line = lines.lineAt(offsets[index] ?? 0);
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
  });
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
function jsonErrorLine(
  error: unknown,
  text: string,
  lineAt: (offset: number) => number,
): { line: number; message: string } {
  const message = errorMessage(error);
  const lineColumn = /line (\d+) column/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), message };
  const position = /position (\d+)/.exec(message);
  if (position) return { line: lineAt(Math.min(Number(position[1]), text.length)), message };
  return { line: 1, message };
}
