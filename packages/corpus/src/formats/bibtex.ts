// Reader for BibTeX: every entry with a title becomes a record (one without an abstract is a
// reject). Values may be `{…}` with nested braces, `"…"`, numbers or @string macros joined with
// `#`; @string defines macros, @comment and @preamble are skipped. LaTeX is decoded to Unicode.
// The id is the `eprint` (an arXiv id, so the same paper read from arXiv Atom merges with it),
// else the `doi`, else the citation key.
import { isReject, toRecord } from '../record';
import { reject } from '../reject';
import { decodeLatex } from '../text/latex';
import { lineIndex } from '../text/line-index';
import type { ParsedFile, ParseOptions } from '../types';

const MONTH_MACROS: Record<string, string> = {
  jan: 'Jan',
  feb: 'Feb',
  mar: 'Mar',
  apr: 'Apr',
  may: 'May',
  jun: 'Jun',
  jul: 'Jul',
  aug: 'Aug',
  sep: 'Sep',
  oct: 'Oct',
  nov: 'Nov',
  dec: 'Dec',
};

class EntryError extends Error {}

export function parseBibtex(
  text: string,
  file: string,
  list: string,
  options: ParseOptions,
): ParsedFile {
  const result: ParsedFile = { format: 'bibtex', records: [], rejects: [] };
  const lines = lineIndex(text);
  const macros = new Map(Object.entries(MONTH_MACROS));
  let pos = 0;
  for (let at = text.indexOf('@', pos); at !== -1; at = text.indexOf('@', pos)) {
    const line = lines.lineAt(at);
    const type = word(text, at + 1).toLowerCase();
    const i = skipSpace(text, at + 1 + type.length);
    const open = text[i];
    if (type === '' || (open !== '{' && open !== '(')) {
      pos = at + 1; // A stray "@" (an e-mail address in a comment): not an entry.
      continue;
    }
    const close = open === '{' ? '}' : ')';
    try {
      if (type === 'comment' || type === 'preamble') {
        pos = balancedEnd(text, i, open, close);
        continue;
      }
      const entry = readEntry(text, i + 1, close, macros, type === 'string');
      pos = entry.end;
      if (type === 'string') continue;
      const record = toRecord(
        {
          id: entry.fields.get('eprint') ?? entry.fields.get('doi') ?? entry.key,
          title: latex(entry.fields.get('title')),
          abstract: latex(entry.fields.get('abstract')),
          date: entry.fields.get('date') ?? yearMonth(entry.fields),
          url: entry.fields.get('url'),
          authors: authors(entry.fields.get('author')),
          categories: categories(entry.fields),
        },
        { file, list, line },
        options,
      );
      if (isReject(record)) result.rejects.push(record);
      else result.records.push(record);
    } catch (error) {
      const reason = error instanceof EntryError ? error.message : String(error);
      result.rejects.push(reject(file, line, 'MALFORMED', `@${type} entry ${reason}`));
      // Resynchronise at the next line that starts an entry.
      const next = text.indexOf('\n@', i);
      pos = next === -1 ? text.length : next + 1;
    }
  }
  return result;
}

interface Entry {
  key: string;
  fields: Map<string, string>;
  end: number;
}

function readEntry(
  text: string,
  start: number,
  close: string,
  macros: Map<string, string>,
  isString: boolean,
): Entry {
  const fields = new Map<string, string>();
  let i = skipSpace(text, start);
  let key = '';
  if (!isString) {
    const comma = findAny(text, i, ',', close);
    key = text.slice(i, comma).trim();
    i = comma;
  }
  for (;;) {
    while (i < text.length && (text[i] === ',' || /\s/.test(text[i] as string))) i++;
    if (i >= text.length) throw new EntryError('is never closed; add the closing brace');
    if (text[i] === close) return { key, fields, end: i + 1 };
    const name = fieldName(text, i);
    if (name === '')
      throw new EntryError(
        `has an unexpected "${text[i]}" where a field name belongs; check the field before it`,
      );
    i = skipSpace(text, i + name.length);
    if (text[i] !== '=')
      throw new EntryError(`field "${name}" has no "="; write ${name} = {value}`);
    const [value, next] = readValue(text, skipSpace(text, i + 1), macros);
    if (isString) macros.set(name.toLowerCase(), value);
    else fields.set(name.toLowerCase(), value);
    i = next;
  }
}

/** A value: parts (`{…}`, `"…"`, a number or a macro name) joined with `#`. */
function readValue(text: string, start: number, macros: Map<string, string>): [string, number] {
  let value = '';
  let i = start;
  for (;;) {
    const c = text[i];
    if (c === '{') {
      const end = balancedEnd(text, i, '{', '}');
      value += text.slice(i + 1, end - 1);
      i = end;
    } else if (c === '"') {
      const end = quotedEnd(text, i);
      value += text.slice(i + 1, end - 1);
      i = end;
    } else {
      const name = fieldName(text, i);
      if (name === '')
        throw new EntryError(`has a field without a value at "${text.slice(i, i + 20)}"`);
      value += /^\d+$/.test(name) ? name : (macros.get(name.toLowerCase()) ?? '');
      i += name.length;
    }
    i = skipSpace(text, i);
    if (text[i] !== '#') return [value, i];
    i = skipSpace(text, i + 1);
  }
}

/** Index just past the `close` matching the `open` at `start`, escaped braces not counted. */
function balancedEnd(text: string, start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  throw new EntryError('is never closed; add the closing brace');
}

/** Index just past the closing quote of a `"…"` value; quotes inside braces do not close it. */
function quotedEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '"' && depth <= 0) return i + 1;
  }
  throw new EntryError('has a quoted value that is never closed; add the closing double quote');
}

function findAny(text: string, start: number, a: string, b: string): number {
  for (let i = start; i < text.length; i++) if (text[i] === a || text[i] === b) return i;
  throw new EntryError('is never closed; add the closing brace');
}

function word(text: string, start: number): string {
  let end = start;
  while (end < text.length && /[A-Za-z]/.test(text[end] as string)) end++;
  return text.slice(start, end);
}

function fieldName(text: string, start: number): string {
  let end = start;
  while (end < text.length && /[^\s=#,{}"()]/.test(text[end] as string)) end++;
  return text.slice(start, end);
}

function skipSpace(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

function latex(value: string | undefined): string | undefined {
  return value === undefined ? undefined : decodeLatex(value);
}

function yearMonth(fields: Map<string, string>): string | undefined {
  const year = fields.get('year')?.trim();
  if (!year) return undefined;
  const month = fields.get('month')?.trim();
  const day = fields.get('day')?.trim();
  if (month && day) return `${month} ${day}, ${year}`;
  return month ? `${month} ${year}` : year;
}

/** "Last, First and Other, Name" → ["First Last", "Name Other"]. */
function authors(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return decodeLatex(value)
    .split(/\s+and\s+/)
    .map((name) => {
      const comma = name.indexOf(',');
      return comma === -1 ? name : `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
    });
}

function categories(fields: Map<string, string>): string[] | undefined {
  const primary = fields.get('primaryclass');
  if (primary !== undefined) return [primary.trim()];
  const keywords = fields.get('keywords');
  return keywords === undefined
    ? undefined
    : keywords.split(/[,;]/).map((k) => decodeLatex(k).trim());
}
