// Step 1 of `analyse`: cut a text into word atoms with UTF-16 offsets. An atom is
// a maximal run of letters, digits and combining marks, with decimal parts kept
// ("85.7", "v1.5"), so "ResNet-50" is two atoms joined by a hyphen. Everything
// else (spaces, hyphens, brackets) lives in the gaps between atoms.

export interface Atom {
  start: number;
  end: number;
  text: string;
  /** Lower case, accents kept: the key for lexicon and cue look-ups. */
  lower: string;
  /** `lower` with anything but letters and digits removed ("85.7" → "857"): the trie key. */
  key: string;
  /** Shape flags, computed once. */
  upperCount: number;
  digitCount: number;
  /** First character is an upper-case letter. */
  capitalised: boolean;
}

// The atom is `[\p{L}\p{N}\p{M}]+(?:\.\d+[\p{L}\p{N}\p{M}]*)*`, scanned by hand: a regex
// exec per atom (match array, code-point iteration) was the largest single cost of step 1.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{N}/u;

/** Code units (1 or 2) of the letter, digit or mark at `i`, or 0 for anything else. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const n = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + n)) ? n : 0;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function tokenise(text: string): Atom[] {
  const atoms: Atom[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      while (i < n && (w = wordCharAt(text, i)) > 0) i += w;
      // A decimal part: ".7" in "85.7", ".5" in "v1.5".
      if (i + 1 < n && text.charCodeAt(i) === 46 && isAsciiDigit(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    atoms.push(makeAtom(text, start, i));
  }
  return atoms;
}

function makeAtom(text: string, start: number, end: number): Atom {
  const word = text.slice(start, end);
  let upperCount = 0;
  let digitCount = 0;
  let dot = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) digitCount++;
    else if (c >= 65 && c <= 90) upperCount++;
    else if (c === 46) dot = true;
    else if (c > 0x7f) return makeAtomUnicode(word, start, end);
  }
  // Plain ASCII without capitals is its own lower case.
  const lower = upperCount === 0 ? word : word.toLowerCase();
  const first = text.charCodeAt(start);
  return {
    start,
    end,
    text: word,
    lower,
    key: dot ? lower.replace(/\./g, '') : lower,
    upperCount,
    digitCount,
    capitalised: first >= 65 && first <= 90,
  };
}

/** The general case, by code point, for atoms with a character outside ASCII. */
function makeAtomUnicode(word: string, start: number, end: number): Atom {
  let upperCount = 0;
  let digitCount = 0;
  for (const ch of word) {
    if (ch >= '0' && ch <= '9') digitCount++;
    else if (ch >= 'A' && ch <= 'Z') upperCount++;
    else if (ch > '\u007f') {
      if (UPPER.test(ch)) upperCount++;
      else if (DIGIT.test(ch)) digitCount++;
    }
  }
  const first = word[0] ?? '';
  const lower = word.toLowerCase();
  return {
    start,
    end,
    text: word,
    lower,
    key: lower.includes('.') ? lower.replace(/\./g, '') : lower,
    upperCount,
    digitCount,
    capitalised: first !== first.toLowerCase(),
  };
}

/** Acronym-like: two capitals, or a capital after the first letter ("ViT", "LoRA", "BERT"). */
export function atomIsAcronymLike(atom: Atom): boolean {
  return atom.upperCount >= 2 || (atom.upperCount === 1 && !atom.capitalised);
}

/** Index of the first atom starting at or after `pos` (by `end` with `byEnd`), else `atoms.length`. */
export function atomIndexAt(atoms: Atom[], pos: number, byEnd = false): number {
  // Atoms are in text order and never overlap, so starts and ends both ascend.
  let lo = 0;
  let hi = atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const atom = atoms[mid];
    if (atom !== undefined && (byEnd ? atom.end : atom.start) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text between two atoms (or '' at the edges). */
export function gapBefore(text: string, atoms: Atom[], i: number): string {
  const atom = atoms[i];
  if (atom === undefined) return '';
  const prev = atoms[i - 1];
  return text.slice(prev === undefined ? 0 : prev.end, atom.start);
}

/** Gaps that may sit inside one name: a space, a hyphen or dash, an apostrophe, an underscore. */
export function isJoiningGap(gap: string): boolean {
  if (gap.length !== 1) return false;
  const c = gap.charCodeAt(0);
  // ASCII by code (space, tab to CR, hyphen, underscore, apostrophe, @); the rest by the class.
  if (c < 0x80)
    return c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 95 || c === 39 || c === 64;
  return JOINING.test(gap);
}

const JOINING = /[\s\-‐‑–_'’@]/;
