// Step 2: longest lexicon matches. Walks the character trie from every atom,
// across joining gaps (space, hyphen, apostrophe), accepting a plural "s" at the
// end; a family match followed by a version ("ResNet-50", "Qwen2.5-7B") becomes
// a variant linked to the family.
import {
  childOf,
  endsFamily,
  endsForm,
  mayStartMatch,
  trieNode,
  type LexiconForm,
} from '../lexicon';
import { isJoiningGap } from '../text/tokenise';
import type { Candidate, FieldDoc } from './model';
import { gap } from './01-prepare';

/** Tokens that continue a family name as a version: "-50", "-7B", "v2", "-Large", "-Instruct". */
const VERSION =
  /^(?:v?\d[\d.]*[a-z]{0,2}|\d+(?:\.\d+)?[bmk]|x{0,2}l|large|base|small|tiny|mini|nano|pro|turbo|instruct|chat|plus|max|ultra|lite|medium|huge|giant|flash|coder|math|vl|sonnet|opus|haiku|[a-z]\d*)$/i;
const SPACED_VERSION = /^(?:v?\d[\d.]*[a-z]{0,2}|\d+(?:\.\d+)?[bmk])$/i;

interface Hit {
  end: number; // atom index, exclusive
  forms: LexiconForm[];
  /** Characters of the last atom left over after the match (a glued version: "Qwen2.5"). */
  rest: string;
}

export function lexiconCandidates(doc: FieldDoc): Candidate[] {
  const out: Candidate[] = [];
  const { atoms } = doc;
  let i = 0;
  while (i < atoms.length) {
    if (!mayStartMatch(atoms[i]?.key ?? '') || insideName(doc, i)) {
      i++;
      continue;
    }
    let candidate: Candidate | null = null;
    const found = hits(doc, i);
    // Longest first; a hit whose forms reject the surface ("VITS" for "ViTs") gives way to a shorter one.
    for (let h = found.length - 1; h >= 0 && candidate === null; h--) {
      const hit = found[h];
      if (hit !== undefined) candidate = toCandidate(doc, i, hit);
    }
    if (candidate === null) {
      i++;
      continue;
    }
    out.push(candidate);
    i = candidate.a1;
  }
  return out;
}

function hits(doc: FieldDoc, i: number): Hit[] {
  const { atoms } = doc;
  let id = 0; // the trie's root; -1 once the walk falls off it
  const best: Hit[] = [];
  for (let j = i; j < atoms.length && id >= 0; j++) {
    if (j > i && !isJoiningGap(gap(doc, j))) break;
    const word = atoms[j]?.key ?? '';
    let beforeLast = -1;
    for (let k = 0; k < word.length && id >= 0; k++) {
      if (k === word.length - 1) beforeLast = id;
      // A family name glued to its version ("qwen2.5", "resnet50", "yolov8").
      if (k > 0 && endsFamily(id) && VERSION.test(word.slice(k))) {
        const forms = trieNode(id)?.forms;
        if (forms !== undefined) best.push({ end: j + 1, forms, rest: word.slice(k) });
      }
      id = childOf(id, word.charCodeAt(k));
    }
    if (word.length > 2 && beforeLast >= 0 && endsForm(beforeLast) && word.endsWith('s')) {
      const singular = trieNode(beforeLast)?.forms;
      if (singular !== undefined) best.push({ end: j + 1, forms: singular, rest: '' });
    }
    if (id >= 0 && endsForm(id)) {
      const forms = trieNode(id)?.forms;
      if (forms !== undefined) best.push({ end: j + 1, forms, rest: '' });
    }
  }
  return best;
}

function toCandidate(doc: FieldDoc, i: number, hit: Hit): Candidate | null {
  const { atoms, text } = doc;
  const first = atoms[i];
  const last = atoms[hit.end - 1];
  if (first === undefined || last === undefined) return null;
  const surface = text.slice(first.start, last.end - hit.rest.length);
  const before = text.slice(Math.max(0, first.start - BEFORE_WINDOW), first.start);
  const form = hit.forms.find((f) => accepts(f, surface, text, before));
  if (form === undefined) return null;
  let a1 = hit.end;
  let variant = hit.rest !== '';
  if (form.entry.family === true) {
    // Extend over "-50", "-7B-Instruct", " 3" (a spaced version must be a number).
    while (a1 < atoms.length) {
      const g = gap(doc, a1);
      const next = atoms[a1]?.text ?? '';
      const atom = atoms[a1];
      const ok =
        g === '-'
          ? VERSION.test(next) || (atom !== undefined && atom.upperCount >= 2)
          : g === '/'
            ? /^\d+$/.test(next) && variant
            : g === ' ' &&
              (SPACED_VERSION.test(next) ||
                (variant && /^\p{Lu}/u.test(next) && VERSION.test(next)));
      if (!ok) break;
      a1++;
      variant = true;
    }
  }
  const end = atoms[a1 - 1]?.end ?? last.end;
  const candidate: Candidate = {
    doc,
    a0: i,
    a1,
    start: first.start,
    end,
    type: form.type,
    name: form.entry.name,
    source: variant ? 'variant' : 'lexicon',
    confidence: variant ? 0.85 : 0.9,
    typed: true,
  };
  if (variant) {
    candidate.name = text.slice(first.start, end);
    candidate.family = form.entry.name;
  }
  return candidate;
}

/** How far back an entry's `after` cue is looked for ("with only 3.7M parameters"). */
const BEFORE_WINDOW = 24;

/** Acronym-like forms need the same letters in the same case; `cased` names need a capital. */
function accepts(form: LexiconForm, surface: string, text: string, before: string): boolean {
  if (form.exact) {
    const s = surface.replace(/[^\p{L}\p{N}]/gu, '');
    const f = form.form.replace(/[^\p{L}\p{N}]/gu, '');
    if (s === f || s === `${f}s`) return true;
    // Same letters with at least two capitals: "CoCo" for "COCO", "LLAMA" for "LLaMA".
    const upper = s.replace(/[^\p{Lu}]/gu, '').length;
    // A lower-case final "s" is a plural ("ViTs"), never the "S" of a name ("VITS").
    return (
      upper >= 2 && s.toLowerCase() === f.toLowerCase() && !(s.endsWith('s') && f.endsWith('S'))
    );
  }
  if (form.entry.requires !== undefined && !form.entry.requires.test(text)) return false;
  if (form.entry.after !== undefined && !form.entry.after.test(before)) return false;
  if (form.entry.cased === true) return /\p{Lu}/u.test(surface);
  return true;
}

/** A match may not start inside a name compound: "PaLM" in "U-PaLM", "DETR" in "RT-DETR". */
function insideName(doc: FieldDoc, i: number): boolean {
  const prev = doc.atoms[i - 1];
  if (prev === undefined || gap(doc, i) !== '-') return false;
  return prev.capitalised || prev.upperCount >= 1;
}
