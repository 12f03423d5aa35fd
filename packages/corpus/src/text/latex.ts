// LaTeX in BibTeX fields → plain Unicode text (NFC): accents (`{\"u}`, `\'e`, `\c{c}`), special
// letters (`{\ss}`, `\o`, `\ae`), escaped symbols (`\&`, `\%`), dashes (`--`, `---`), ties (`~`),
// and formatting commands (`\emph{x}` → x). Math between `$` is kept as written.

/** Accent commands → the combining mark they put on the following letter. */
const ACCENTS: Record<string, string> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  u: '\u0306',
  '.': '\u0307',
  '"': '\u0308',
  r: '\u030a',
  H: '\u030b',
  v: '\u030c',
  d: '\u0323',
  c: '\u0327',
  k: '\u0328',
  b: '\u0331',
};

/** Commands that are letters or symbols by themselves. */
const SYMBOLS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  textendash: '–',
  textemdash: '—',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  ldots: '…',
  dots: '…',
  textasciitilde: '~',
  textbackslash: '\\',
  S: '§',
  P: '¶',
  copyright: '©',
  pounds: '£',
};

/** Escaped characters that stand for themselves. */
const ESCAPED = new Set(['&', '%', '$', '#', '_', '{', '}', ' ', ',', ';', '!', '-', '/']);
const SPACES: Record<string, string> = { ',': ' ', ';': ' ', '!': '', ' ': ' ', '-': '', '/': '' };

export function decodeLatex(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '$') {
      // Math is kept as written, delimiters included.
      const end = text.indexOf('$', i + 1);
      const stop = end === -1 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '\\') {
      const [decoded, next] = command(text, i);
      out += decoded;
      i = next;
    } else if (c === '{' || c === '}') {
      i++;
    } else if (c === '~') {
      out += ' ';
      i++;
    } else if (c === '-' && text.startsWith('---', i)) {
      out += '—';
      i += 3;
    } else if (c === '-' && text[i + 1] === '-') {
      out += '–';
      i += 2;
    } else if ((c === '`' || c === "'") && text[i + 1] === c) {
      out += c === '`' ? '“' : '”';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out.normalize('NFC');
}

/** Decodes the command at `text[start] === '\\'`; returns the text and the index after it. */
function command(text: string, start: number): [string, number] {
  const first = text[start + 1];
  if (first === undefined) return ['', start + 1];
  const name = /[A-Za-z]/.test(first) ? letters(text, start + 1) : first;
  let i = start + 1 + name.length;
  const mark = ACCENTS[name];
  // Letter-named accents (\u, \v, \c …) only when an argument follows, else `\u` in "\url" breaks.
  if (mark !== undefined && (!/[A-Za-z]/.test(name) || /[\s{]/.test(text[i] ?? ''))) {
    const [base, next] = argument(text, i);
    return [base === '' ? mark : base.slice(0, 1) + mark + base.slice(1), next];
  }
  if (!/[A-Za-z]/.test(first)) {
    if (ESCAPED.has(name)) return [SPACES[name] ?? name, i];
    return [name, i];
  }
  const symbol = SYMBOLS[name];
  if (symbol !== undefined) {
    // A control word swallows the spaces after it ("\ss e" is "ße"), and `{}` ends it.
    while (text[i] === ' ') i++;
    if (text.startsWith('{}', i)) i += 2;
    return [symbol, i];
  }
  // Unknown commands: keep a braced argument (\emph{x} → x), else the command's name (\LaTeX).
  while (text[i] === ' ') i++;
  if (text.startsWith('{}', i)) return [name, i + 2];
  if (text[i] === '{') return ['', i];
  return [name, i];
}

/** The argument of an accent: `{x}`, `{\i}`, `x`, or ` x`; dotless i/j become i/j. */
function argument(text: string, start: number): [string, number] {
  let i = start;
  while (text[i] === ' ') i++;
  if (text[i] === '{') {
    const close = text.indexOf('}', i);
    const end = close === -1 ? text.length : close;
    const inner = text.slice(i + 1, end).trim();
    return [dotless(inner), end + 1];
  }
  if (text[i] === '\\') {
    const name = letters(text, i + 1);
    if (name === 'i' || name === 'j') return [name, i + 1 + name.length];
  }
  const ch = text[i];
  return ch === undefined ? ['', i] : [ch, i + 1];
}

function dotless(inner: string): string {
  if (inner === '\\i') return 'i';
  if (inner === '\\j') return 'j';
  return inner;
}

function letters(text: string, start: number): string {
  let end = start;
  while (end < text.length && /[A-Za-z]/.test(text[end] as string)) end++;
  return text.slice(start, end);
}
