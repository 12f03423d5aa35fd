// Step 4: names no lexicon knows, found by their shape: mixed case or digits
// ("SVT-H-L", "LoRA", "X3D"), hyphen compounds of such tokens, capitalised
// words in the middle of a sentence ("We propose Zipper"), and the short name
// before the colon of a title ("Zipper: A Multi-Tower Decoder …").
import { LONE_GENERIC, METHOD_HEADS, TASK_HEADS, TYPE_AFTER } from '../lexicon/cues';
import { GENERIC_MODIFIERS } from '../lexicon/generic-modifiers';
import { GENERIC_PHRASES } from '../lexicon/generic-phrases';
import { NOT_NAMES } from '../lexicon/not-names';
import { isJunkShape } from '../lexicon/junk-shapes';
import { isKnownWord, isProperNonEntity } from '../english';
import { atomIsAcronymLike, type Atom } from '../text/tokenise';
import type { Candidate, FieldDoc } from './model';
import { gap, startsSentence } from './01-prepare';

/** Numbers, multipliers, sizes, years and ordinals: never names on their own. */
const NOT_SHAPE = /^(?:\d|[ivx]+$|\p{L}$)/iu;
/** An acronym turned into an English word ("ACMized", "LLM-ish"): not a name. */
const DERIVED = /^\p{Lu}{2,}(?:ized|ised|ed|ing|ish|ization)$/u;
/** What a compound may continue with after a hyphen: "-H-L", "-50", "-7B", "-In-Multi-Out". */
const CONTINUE = /^(?:\p{Lu}[\p{L}\p{N}]*|\d[\p{L}\p{N}.]*|v\d[\d.]*|[a-z]{1,2}\d*)$/u;

/** Gaps after which a capital starts a clause: ": ", "“", a glued ".". */
const CLAUSE_START = /(?:[:;"“]\s*|^[.!?])$/;
/** A list enumerator before the gap ") ": "2", "b", "iii". */
const ENUMERATOR = /^(?:\d|[a-z]|[ivx]+)$/;

/** The apostrophe of a possessive, straight or curly. */
const POSSESSIVE = /^['’]$/;

/** An adjective made from a person's name: "Hamiltonian", "Gricean", "Euclidean". */
const EPONYM_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|ean)$/u;

/**
 * A lone capitalised word that names a person or a place, not a method: a possessive
 * ("Bloom's taxonomy", "Burgers' equation", "Occam's razor"), an adjective from a name
 * ("Hamiltonian", "Gricean-inspired"), or a place before its region ("Thessaly, Greece",
 * "Tempe, Arizona"). Bench-corpus files dev-q … dev-s (round 8), and "Rubik's cube" in dev.
 */
function personOrPlace(doc: FieldDoc, i: number): boolean {
  const atom = doc.atoms[i];
  const next = doc.atoms[i + 1];
  if (atom === undefined) return false;
  if (EPONYM_ADJECTIVE.test(atom.text)) return true;
  if (next === undefined) return false;
  const g = gap(doc, i + 1);
  if (next.text === 's' && POSSESSIVE.test(g)) return true;
  if (/^['’]\s/.test(g)) return true;
  return g === ', ' && next.capitalised && isProperNonEntity(next.lower);
}

function shaped(atom: Atom): boolean {
  // Acronym-like, or letters and digits together ("T5", "X3D", "GPT4"); tested first
  // because most atoms are plain lower-case words and fail here without a look-up.
  const mixed = atom.digitCount > 0 && atom.digitCount < atom.text.length;
  if (!mixed && !atomIsAcronymLike(atom)) return false;
  return !NOT_SHAPE.test(atom.text) && !notName(atom);
}

/**
 * A stop-listed token, or the plural of a stop-listed acronym: "FPGAs", "ASICs" like
 * "FPGA" (dev-g #391). Only acronyms: "Titans" (a model) is not the GPU "Titan".
 */
function notName(atom: Atom): boolean {
  if (NOT_NAMES.has(atom.lower)) return true;
  return (
    atom.lower.endsWith('s') &&
    NOT_NAMES.has(atom.lower.slice(0, -1)) &&
    /^\p{Lu}{2,}s$/u.test(atom.text)
  );
}

/** A capital in the middle of an abstract sentence, not a place, language or document word. */
function capitalisedAt(doc: FieldDoc, i: number): boolean {
  const atom = doc.atoms[i];
  if (atom === undefined || doc.field === 'title' || !atom.capitalised || startsSentence(doc, i)) {
    return false;
  }
  if (notName(atom) || isProperNonEntity(atom.lower)) return false;
  // After a colon or an opening quote a capital starts a clause, not a name; so it does
  // after a full stop with the space lost ("MoCUT.Extensive experiments", dev-d) and
  // after a list enumerator ("2) Versatility, handles …", dev-e).
  const g = gap(doc, i);
  if (CLAUSE_START.test(g)) return false;
  return !(/^\)\s+$/.test(g) && ENUMERATOR.test(doc.atoms[i - 1]?.text ?? ''));
}

/**
 * A lone capitalised word is a name only when English does not know it and
 * the paper never writes it in lower case ("Zipper", not "Consistency").
 */
function loneName(doc: FieldDoc, i: number): boolean {
  const atom = doc.atoms[i];
  if (atom === undefined || atom.text.length < 3) return false;
  // The field's own generic words are English too, though compromise may not list them:
  // "Network", "Tuning", "Decoding" alone are the tail of a name, not a name.
  const singular = atom.lower.replace(/s$/, '');
  if (FIELD_WORDS.has(atom.lower) || FIELD_WORDS.has(singular)) return false;
  return !isKnownWord(atom.lower) && !writtenLower(doc, atom.lower);
}

/** The field also writes this word in lower case (a scan: asked a few times per field at most). */
function writtenLower(doc: FieldDoc, lower: string): boolean {
  return doc.atoms.some((a) => !a.capitalised && a.upperCount === 0 && a.lower === lower);
}

/** Generic words of the field: cue words, technique and task heads, generic modifiers. */
const FIELD_WORDS = new Set([
  ...Object.keys(TYPE_AFTER),
  ...METHOD_HEADS,
  ...TASK_HEADS,
  ...GENERIC_MODIFIERS,
  ...LONE_GENERIC,
]);

export function shapeCandidates(doc: FieldDoc, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { atoms, text } = doc;
  // Emphasis debris is an English word, or one the field also writes in lower case
  // ("visiOn" beside "vision-language models"). One closure per field, not per atom.
  const englishHere = (w: string): boolean => isKnownWord(w) || writtenLower(doc, w);
  for (let i = 0; i < atoms.length; i++) {
    if (covered[i] === 1) continue;
    const atom = atoms[i];
    if (atom === undefined) continue;
    const isShape = shaped(atom);
    const isCap = !isShape && capitalisedAt(doc, i);
    if (!isShape && !isCap) continue;
    if (isJunkShape(atom.text, englishHere)) continue;
    // Do not start inside a hyphen compound whose head is lower case ("non-IID"),
    // nor on the tail of a compound whose head is a known name ("XL" in "DiT-XL/2"):
    // the tail is a size or variant of that name, not a name of its own.
    const before = atoms[i - 1];
    if (
      before !== undefined &&
      gap(doc, i) === '-' &&
      (covered[i - 1] === 1 || !before.capitalised)
    ) {
      continue;
    }
    let j = i + 1;
    let words = 1;
    while (j < atoms.length && covered[j] !== 1) {
      const g = gap(doc, j);
      const next = atoms[j];
      if (next === undefined) break;
      if (g === '-' && CONTINUE.test(next.text)) j++;
      else if (g === '/' && /^\d{1,2}$/.test(next.text) && gap(doc, j - 1) === '-') {
        // A patch-size or variant suffix after a compound: "DiT-XL/2", "ViT-B/16".
        j++;
      } else if (
        POSSESSIVE.test(g) &&
        next.text === 's' &&
        words > 0 &&
        capitalisedAt(doc, j + 1)
      ) {
        // A possessive inside a Title-Case name: "Model Rubik's Cube".
        j++;
      } else if (g === ' ' && capitalisedAt(doc, j)) {
        j++;
        words++;
      } else if (g === ' ' && /^\d{1,4}(?:\.\d+)?$/.test(next.text) && next.text.length !== 3) {
        // "LiTS 2017", "Llama 3": a number right after a name, not a count ("100 images").
        const after = atoms[j + 1];
        if (after !== undefined && gap(doc, j + 1) === ' ' && /^[a-z]/.test(after.text)) break;
        j++;
      } else break;
    }
    const after = atoms[j];
    const cued = after !== undefined && TYPE_AFTER[after.lower] !== undefined;
    if (isCap && j === i + 1 && ((!cued && !loneName(doc, i)) || personOrPlace(doc, i))) continue;
    // A citation ("Ponti et al.") names people, not methods.
    if (after?.lower === 'et' && atoms[j + 1]?.lower === 'al') continue;
    const run = text.slice(atom.start, (atoms[j - 1] ?? atom).end);
    if (GENERIC_PHRASES.has(run.toLowerCase()) || DERIVED.test(run)) continue;
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
      confidence: isShape ? 0.7 : words > 1 ? 0.6 : 0.5,
      typed: false,
    });
    i = j - 1;
  }
  return out;
}

/** A token a name is spelt with: inner capital ("BitNet", "VideoMAE") or a version ("V2", "b1.58"). */
const NAME_TOKEN = /\p{Ll}\p{Lu}|^[vb]\d/u;

/**
 * The short name before a title's colon: "Zipper: …", "MIMO-VP: …". Several words are a
 * name only when the abstract writes them too or one is spelt like a name: a catchphrase
 * ("Rethinking Scale: …", "Persona Dynamics: …", "Beyond 2D Matching: …", "Grounded
 * Inference: …") is not repeated (round 8: 9 such heads in dev … dev-s were false methods;
 * 2 of the 20 true names were not written in the abstract).
 */
export function titleName(doc: FieldDoc, docs: readonly FieldDoc[] = []): Candidate | null {
  if (doc.field !== 'title') return null;
  const colon = doc.text.indexOf(':');
  if (colon <= 0) return null;
  const head = doc.atoms.filter((a) => a.end <= colon);
  if (head.length === 0 || head.length > 3) return null;
  const first = head[0];
  const last = head[head.length - 1];
  if (first === undefined || last === undefined) return null;
  if (head.length > 1 && !head.every((a) => a.capitalised || a.digitCount > 0)) return null;
  if (head.length === 1 && (NOT_NAMES.has(first.lower) || isKnownWord(first.lower))) return null;
  const name = doc.text.slice(first.start, last.end);
  if (/\s/.test(name) && !head.some((a) => NAME_TOKEN.test(a.text))) {
    const lower = name.toLowerCase();
    if (!docs.some((d) => d !== doc && d.text.toLowerCase().includes(lower))) return null;
  }
  return {
    doc,
    a0: 0,
    a1: head.length,
    start: first.start,
    end: last.end,
    type: 'method',
    name,
    source: 'title',
    confidence: 0.8,
    typed: false,
  };
}
