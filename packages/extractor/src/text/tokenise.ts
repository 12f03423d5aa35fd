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

const ATOM = /[\p{L}\p{N}\p{M}]+(?:\.\d+[\p{L}\p{N}\p{M}]*)*/gu;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{N}/u;

export function tokenise(text: string): Atom[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(text); m !== null; m = ATOM.exec(text)) {
    const word = m[0];
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
    atoms.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower,
      key: lower.includes('.') ? lower.replace(/\./g, '') : lower,
      upperCount,
      digitCount,
      capitalised: first !== first.toLowerCase(),
    });
  }
  return atoms;
}

/** Acronym-like: two capitals, or a capital after the first letter ("ViT", "LoRA", "BERT"). */
export function atomIsAcronymLike(atom: Atom): boolean {
  return atom.upperCount >= 2 || (atom.upperCount === 1 && !atom.capitalised);
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
  return gap.length === 1 && /[\s\-‐‑–_'’@]/.test(gap);
}
