// Reader for the daily-list text dumps (the format of `data/*.txt`): a page header, a date line
// such as "Apr 3", then title and abstract paragraphs alternating, separated by blank lines.
//
//   new / Get trending papers… / Subscribe / Daily Papers / byAK…   ← header, skipped
//   Apr 3                                                          ← date of what follows
//   Title                                                          ← paragraph
//   Abstract…                                                      ← paragraph
//
// A paragraph is a run of non-blank lines (joined with spaces). A title followed by something
// that is not its abstract, and an abstract-sized block where a title belongs, are rejects with
// their line numbers; reading resumes at the next title.
import { isDateLine } from '../dates';
import { isReject, toRecord, type RecordSource } from '../record';
import { reject } from '../reject';
import type { ParsedFile, ParseOptions } from '../types';

interface Paragraph {
  text: string;
  line: number;
}

/** Titles in the bundled lists are at most ~200 characters; abstracts at least ~1,300. */
const TITLE_MAX = 300;

const HEADER_LINES: ((line: string) => boolean)[] = [
  (line) => line === 'new',
  (line) => line.startsWith('Get trending papers'),
  (line) => line === 'Subscribe',
  (line) => line === 'Daily Papers',
  (line) => line.startsWith('byAK'),
];

export function parseDaily(
  text: string,
  file: string,
  list: string,
  options: ParseOptions,
): ParsedFile {
  const result: ParsedFile = { format: 'daily', records: [], rejects: [] };
  const paragraphs = splitParagraphs(text);
  let dateText: string | undefined;
  let i = 0;
  while (i < paragraphs.length) {
    const title = paragraphs[i] as Paragraph;
    i++;
    if (isDateLine(title.text)) {
      dateText = title.text;
      continue;
    }
    if (HEADER_LINES.some((isHeader) => isHeader(title.text))) continue;
    if (title.text.length > TITLE_MAX) {
      result.rejects.push(
        reject(
          file,
          title.line,
          'MALFORMED',
          'block looks like an abstract without a title; add the title line above it, separated by a blank line',
        ),
      );
      continue;
    }
    const next = paragraphs[i];
    const afterNext = paragraphs[i + 1];
    // The next paragraph is not this title's abstract when it is a date line, or when it is
    // title-sized and itself followed by an abstract-sized paragraph.
    const missing =
      next === undefined ||
      isDateLine(next.text) ||
      (next.text.length <= TITLE_MAX &&
        afterNext !== undefined &&
        afterNext.text.length > TITLE_MAX);
    if (missing) {
      result.rejects.push(
        reject(
          file,
          title.line,
          'NO_ABSTRACT',
          `title "${title.text.slice(0, 60)}" has no abstract after it; add the abstract paragraph or drop the title`,
        ),
      );
      continue;
    }
    i++;
    const source: RecordSource = { file, list, line: title.line };
    const record = toRecord(
      { title: title.text, abstract: next.text, date: dateText },
      source,
      options,
    );
    if (isReject(record)) result.rejects.push(record);
    else result.records.push(record);
  }
  return result;
}

function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let start = 0;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    // Header and date lines stand alone even when no blank line separates them from the rest.
    const standalone = isDateLine(line) || HEADER_LINES.some((isHeader) => isHeader(line));
    if (line === '' || standalone) {
      if (current.length > 0) paragraphs.push({ text: current.join(' '), line: start });
      current = [];
      if (standalone) paragraphs.push({ text: line, line: index + 1 });
      return;
    }
    if (current.length === 0) start = index + 1;
    current.push(line);
  });
  if (current.length > 0) paragraphs.push({ text: current.join(' '), line: start });
  return paragraphs;
}
