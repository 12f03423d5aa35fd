// Step 4: names no lexicon knows, found by their shape: mixed case or digits
// ("SVT-H-L", "LoRA", "X3D"), hyphen compounds of such tokens, capitalised
// words in the middle of a sentence ("We propose Zipper"), and the short name
// before the colon of a title ("Zipper: A Multi-Tower Decoder …").
import { NOT_NAMES } from '../lexicon/generic';
import { isAcronymLike } from '../lexicon';
import { isKnownWord, isProperNonEntity } from '../english';
import type { Atom } from '../text/tokenise';
import type { Candidate, FieldDoc } from './model';
import { gap, startsSentence } from './01-prepare';

/** Numbers, multipliers, sizes, years and ordinals: never names on their own. */
const NOT_SHAPE = /^(?:\d[\d.,]*|\d+(?:\.\d+)?[x×kmbtg]|\d+(?:st|nd|rd|th|d|s)|[ivx]+|\p{L})$/iu;
/** What a compound may continue with after a hyphen: "-H-L", "-50", "-7B", "-In-Multi-Out". */
const CONTINUE = /^(?:\p{Lu}[\p{L}\p{N}]*|\d[\p{L}\p{N}.]*|v\d[\d.]*|[a-z]{1,2}\d*)$/u;

function shaped(atom: Atom): boolean {
  if (NOT_SHAPE.test(atom.text) || NOT_NAMES.has(atom.lower)) return false;
  if (isAcronymLike(atom.text)) return true;
  // Letters and digits together: "T5", "X3D", "GPT4".
  return atom.digitCount > 0 && atom.digitCount < atom.text.length && /^\p{L}/u.test(atom.text);
}

function capitalisedName(doc: FieldDoc, i: number): boolean {
  const atom = doc.atoms[i];
  if (atom === undefined || doc.field === 'title' || !atom.capitalised || startsSentence(doc, i))
    return false;
  if (atom.text.length < 3 || NOT_NAMES.has(atom.lower) || isProperNonEntity(atom.lower))
    return false;
  // After a colon or an opening quote a capital starts a clause, not a name.
  if (/[:;"“]\s*$/.test(gap(doc, i))) return false;
  return !isKnownWord(atom.lower);
}

export function shapeCandidates(doc: FieldDoc, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { atoms, text } = doc;
  for (let i = 0; i < atoms.length; i++) {
    if (covered[i] === 1) continue;
    const atom = atoms[i];
    if (atom === undefined) continue;
    const isShape = shaped(atom);
    const isCap = !isShape && capitalisedName(doc, i);
    if (!isShape && !isCap) continue;
    // Do not start inside a hyphen compound whose head is lower case ("non-IID").
    if (
      i > 0 &&
      gap(doc, i) === '-' &&
      covered[i - 1] !== 1 &&
      !(atoms[i - 1]?.capitalised ?? false)
    )
      continue;
    let j = i + 1;
    while (j < atoms.length && covered[j] !== 1) {
      const g = gap(doc, j);
      const next = atoms[j];
      if (next === undefined) break;
      if (g === '-' && CONTINUE.test(next.text)) j++;
      else if (g === ' ' && isCap && capitalisedName(doc, j)) j++;
      else if (g === ' ' && /^\d{1,4}(?:\.\d+)?$/.test(next.text) && next.text.length !== 3) {
        // "LiTS 2017", "Llama 3": a number right after a name, not a count ("100 images").
        const after = atoms[j + 1];
        if (
          after !== undefined &&
          gap(doc, j + 1) === ' ' &&
          !after.capitalised &&
          /^[a-z]/.test(after.text) &&
          !/^(?:and|or|dataset|benchmark)$/.test(after.lower)
        )
          break;
        j++;
      } else break;
    }
    const last = atoms[j - 1] ?? atom;
    out.push({
      doc,
      a0: i,
      a1: j,
      start: atom.start,
      end: last.end,
      type: 'method',
      name: text.slice(atom.start, last.end),
      source: 'shape',
      confidence: isShape ? 0.7 : 0.55,
      typed: false,
    });
    i = j - 1;
  }
  return out;
}

/** The short name before a title's colon: "Zipper: …", "MIMO-VP: …". */
export function titleName(doc: FieldDoc, covered: Uint8Array): Candidate | null {
  if (doc.field !== 'title') return null;
  const colon = doc.text.indexOf(':');
  if (colon <= 0) return null;
  const head = doc.atoms.filter((a) => a.end <= colon);
  if (head.length === 0 || head.length > 3) return null;
  const first = head[0];
  const last = head[head.length - 1];
  if (first === undefined || last === undefined) return null;
  if (head.some((_, k) => covered[k] === 1)) return null;
  if (head.length > 1 && !head.every((a) => a.capitalised || a.digitCount > 0)) return null;
  if (head.length === 1 && (NOT_NAMES.has(first.lower) || isKnownWord(first.lower))) return null;
  return {
    doc,
    a0: 0,
    a1: head.length,
    start: first.start,
    end: last.end,
    type: 'method',
    name: doc.text.slice(first.start, last.end),
    source: 'title',
    confidence: 0.8,
    typed: false,
  };
}
