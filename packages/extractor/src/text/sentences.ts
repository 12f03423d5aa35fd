// Step 1 of `analyse`: split a text into sentences with UTF-16 offsets, without
// a tagger. A sentence ends at . ! or ? followed by space and an upper-case
// letter, digit, quote or bracket, unless the dot belongs to an abbreviation
// ("e.g.", "et al.", "vs.", "Fig.") or a number.

export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'al',
  'vs',
  'fig',
  'figs',
  'eq',
  'eqs',
  'sec',
  'cf',
  'etc',
  'approx',
  'resp',
  'no',
  'dr',
  'mr',
  'ms',
  'prof',
  'st',
  'tab',
  'ref',
  'refs',
  'viz',
  'inc',
  'ltd',
  'ca',
]);

const BOUNDARY = /[.!?]+["')\]]?\s+(?=["'([\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const dot = m.index;
    if (text[dot] === '.' && isAbbreviation(text, dot)) continue;
    const end = dot + m[0].trimEnd().length;
    if (end > start) sentences.push({ start, end });
    start = skipSpace(text, m.index + m[0].length);
  }
  const end = text.trimEnd().length;
  if (end > start) sentences.push({ start, end });
  return sentences;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single letter before the dot is an initial ("J. Smith") or a list marker.
  return word.length === 1 && word !== 'a' && word !== 'i';
}
