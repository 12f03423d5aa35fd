// Which reader a file needs. A specific extension decides (`.jsonl`, `.csv`, `.bib`, `.xml` …);
// otherwise (`.txt`, no extension, stdin) the content does: `<` → Atom, `@entry{` → BibTeX,
// `[` → JSON, `{` → JSON Lines when the first line is a whole object else JSON, a first line
// naming a `title` column → CSV, anything else → a daily list.
import type { InputFormat } from '../types';

const EXTENSIONS: Record<string, InputFormat> = {
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'csv',
  bib: 'bibtex',
  bibtex: 'bibtex',
  xml: 'atom',
  atom: 'atom',
};

export function detectFormat(text: string, name: string): InputFormat {
  const dot = name.lastIndexOf('.');
  const extension =
    dot > name.lastIndexOf('/') && dot !== -1 ? name.slice(dot + 1).toLowerCase() : '';
  const byExtension = EXTENSIONS[extension];
  const start = text.search(/\S/);
  const first = start === -1 ? '' : (text[start] as string);
  // A `.json` file holding JSON Lines is common enough to look inside.
  if (byExtension === 'json' && first === '{' && isJsonLines(text, start)) return 'jsonl';
  if (byExtension !== undefined) return byExtension;
  if (first === '<') return 'atom';
  if (first === '@' && /^@[A-Za-z]+\s*[{(]/.test(text.slice(start, start + 40))) return 'bibtex';
  if (first === '[') return 'json';
  if (first === '{') return isJsonLines(text, start) ? 'jsonl' : 'json';
  if (isCsvHeader(firstLine(text, start))) return 'csv';
  return 'daily';
}

/** The first line alone parses as a record (not a one-line `{papers: [...]}`): one per line. */
function isJsonLines(text: string, start: number): boolean {
  try {
    const value: unknown = JSON.parse(firstLine(text, start));
    return typeof value === 'object' && value !== null && !('papers' in value);
  } catch {
    return false;
  }
}

function isCsvHeader(line: string): boolean {
  const cells = line.split(line.includes(',') ? ',' : '\t');
  return (
    cells.length > 1 &&
    cells.some((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase() === 'title')
  );
}

function firstLine(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}
