// Step 3: local acronym definitions, both ways round: "Vision Transformer (ViT)"
// and "ViT (Vision Transformer)". The long form is found with the
// Schwartz–Hearst rule (the short form's letters appear in order in the long
// form, the first one at a word start). Both spans become candidates sharing
// the long form as their name; bare uses elsewhere join them in step 6.
import { DATASET_HEADS, METHOD_HEADS, METRIC_HEADS, TASK_HEADS } from '../lexicon/cues';
import { NOT_NAMES } from '../lexicon/not-names';
import { ACRONYM_CONTINUATIONS, LONG_FORM_LEADING } from '../lexicon/acronym-words';
import { isAcronymLike, lookup } from '../lexicon';
import { atomIndexAt } from '../text/tokenise';
import type { EntityType } from '../types';
import type { Candidate, FieldDoc } from './model';

export interface Definition {
  short: Candidate;
  long: Candidate;
}

const PAREN = /\(([^()]{1,60})\)/g;

export function acronymDefinitions(doc: FieldDoc, known: Candidate[]): Definition[] {
  const out: Definition[] = [];
  const { text, atoms } = doc;
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m !== null; m = PAREN.exec(text)) {
    const inner = m[1] ?? '';
    const innerStart = m.index + 1;
    const trimmed = inner.trim();
    const lead = inner.indexOf(trimmed);
    // Atoms before the bracket, in the same sentence.
    const open = m.index;
    const k = atomIndexAt(atoms, open) - 1;
    if (k < 0) continue;
    const sentence = doc.sentenceOfAtom[k];
    const spelled = spelledBefore(doc, k, sentence ?? 0, trimmed, innerStart + lead, known);
    if (spelled !== null) {
      // "NOise Robust Temporal Optimal traNsport (Norton)"
      out.push(spelled);
    } else if (isShortForm(trimmed)) {
      // "long form (SHORT)"
      const def = longBefore(doc, k, sentence ?? 0, trimmed, innerStart + lead, known);
      if (def !== null) out.push(continued(doc, def, m.index + m[0].length));
    } else if (/\s/.test(trimmed)) {
      // "SHORT (long form)"
      const prev = atoms[k];
      if (
        prev === undefined ||
        !isShortForm(prev.text) ||
        text.slice(prev.end, m.index).trim() !== ''
      )
        continue;
      const found = schwartzHearst(stripPlural(prev.text), trimmed);
      if (found !== 0) continue;
      const long = trimmed.replace(/[,;:].*$/, '').trim();
      const start = innerStart + lead;
      out.push(makeDefinition(doc, prev.start, prev.end, start, start + long.length, known));
    }
  }
  return out;
}

function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 12 || /\s/.test(s)) return false;
  if (!/^\p{L}/u.test(s) || NOT_NAMES.has(s.toLowerCase())) return false;
  return isAcronymLike(s);
}

function stripPlural(s: string): string {
  return /\p{Lu}s$/u.test(s) ? s.slice(0, -1) : s;
}

function longBefore(
  doc: FieldDoc,
  k: number,
  sentence: number,
  short: string,
  shortStart: number,
  known: Candidate[],
): Definition | null {
  const { atoms, text } = doc;
  const letters = stripPlural(short).replace(/[^\p{L}\p{N}]/gu, '');
  const window = Math.min(letters.length + 5, letters.length * 2);
  let first = k;
  while (first > 0 && k - first + 1 < window && doc.sentenceOfAtom[first - 1] === sentence) first--;
  const firstAtom = atoms[first];
  const lastAtom = atoms[k];
  if (firstAtom === undefined || lastAtom === undefined) return null;
  const windowText = text.slice(firstAtom.start, lastAtom.end);
  const idx = schwartzHearst(stripPlural(short), windowText);
  if (idx < 0) return null;
  let longStart = firstAtom.start + idx;
  // Drop leading determiners and generic words ("the", "a novel").
  for (let ai = first; ai <= k; ai++) {
    const a = atoms[ai];
    if (a === undefined) break;
    if (a.start < longStart) continue;
    if (
      a.start === longStart &&
      LONG_FORM_LEADING.has(a.lower) &&
      a !== lastAtom &&
      /\s/.test(text[a.end] ?? '')
    ) {
      const nextAtom = atoms[ai + 1];
      if (nextAtom !== undefined) longStart = nextAtom.start;
    } else break;
  }
  const longText = text.slice(longStart, lastAtom.end);
  if (!/\s|-/.test(longText) && longText.length <= short.length) return null;
  return makeDefinition(doc, shortStart, shortStart + short.length, longStart, lastAtom.end, known);
}

/** Words a spelled-out long form may span: "Post-training dAta Selection method for … Recovery". */
const SPELLED_WINDOW = 16;

/**
 * A long form whose capitals spell the short form, some of them inside a word to make
 * the acronym ("NOise Robust Temporal Optimal traNsport (Norton)", "Post-training dAta
 * Selection method for Efficient pruned large language model Recovery (PASER)"). The
 * short form may be a word ("Norton") that the Schwartz–Hearst rule would not take.
 * Only when a capital follows a lower-case letter inside a word: Title Case long forms
 * are left to `longBefore`.
 */
function spelledBefore(
  doc: FieldDoc,
  k: number,
  sentence: number,
  short: string,
  shortStart: number,
  known: Candidate[],
): Definition | null {
  if (!/^\p{L}{2,12}$/u.test(short)) return null;
  const { atoms } = doc;
  const letters = short.toUpperCase();
  let caps = '';
  let emphasised = false;
  let first = k;
  for (let ai = k; ai >= 0 && k - ai < SPELLED_WINDOW; ai--) {
    const a = atoms[ai];
    if (a === undefined || doc.sentenceOfAtom[ai] !== sentence) return null;
    first = ai;
    // Most words carry no capital: skip them without a regular expression.
    if (a.upperCount === 0) continue;
    if (!emphasised && /\p{Ll}\p{Lu}/u.test(a.text)) emphasised = true;
    caps = a.text.replace(/[^\p{Lu}]/gu, '') + caps;
    if (caps.length >= letters.length) break;
  }
  const head = atoms[first];
  const last = atoms[k];
  if (!emphasised || caps !== letters || head === undefined || last === undefined) return null;
  if (!/^\p{Lu}/u.test(head.text) && !/\p{Ll}\p{Lu}/u.test(head.text)) return null;
  return makeDefinition(doc, shortStart, shortStart + short.length, head.start, last.end, known);
}

/**
 * Index in `long` where the long form of `short` starts, or -1: every letter or
 * digit of the short form, right to left, found in order, the first one at a word start.
 */
export function schwartzHearst(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const ch = s[si] ?? '';
    if (!/[\p{L}\p{N}]/u.test(ch)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== ch || (si === 0 && li > 0 && !/[\s([/"'“]/.test(l[li - 1] ?? ''))))
      li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  return li + 1;
}

function makeDefinition(
  doc: FieldDoc,
  shortStart: number,
  shortEnd: number,
  longStart: number,
  longEnd: number,
  known: Candidate[],
): Definition {
  const shortText = doc.text.slice(shortStart, shortEnd);
  const longText = doc.text.slice(longStart, longEnd);
  // A lexicon match covering either form fixes the type and the canonical name.
  const lex =
    known.find((c) => c.doc === doc && c.start <= longStart && c.end >= longEnd) ??
    known.find(
      (c) =>
        c.doc === doc &&
        c.start === shortStart &&
        c.end === shortEnd &&
        sharesWord(c.name, longText),
    ) ??
    known.find(
      (c) => c.doc === doc && c.start >= longStart && c.end === longEnd && c.type !== 'method',
    );
  // "FrAgment Sample Transformer for VQA (FAST-VQA)": a model named for its task is a method.
  const type = MODEL_FOR.test(longText) ? 'method' : (lex?.type ?? typeFromHead(longText));
  const name = lex !== undefined && lex.start <= longStart ? lex.name : longText;
  return {
    short: acronymSpan(doc, shortStart, shortEnd, type, name, shortText),
    long: acronymSpan(doc, longStart, longEnd, type, name, shortText),
  };
}

/** One side of a definition. A literal, not a spread of shared fields: spreads cost ~5 µs each here. */
function acronymSpan(
  doc: FieldDoc,
  start: number,
  end: number,
  type: EntityType,
  name: string,
  short: string,
): Candidate {
  return {
    doc,
    a0: atomIndexAt(doc.atoms, start),
    a1: atomIndexAt(doc.atoms, end, true) + 1,
    start,
    end,
    type,
    name,
    source: 'acronym',
    confidence: 0.85,
    typed: true,
    short,
  };
}

/** A model word then "for": "… Transformer for VQA", "… Network for Segmentation". */
const MODEL_FOR =
  /\b(?:transformer|network|net|model|architecture|framework|encoder|decoder)s?\s+for\s+\S/i;

/** The type of an unseen long form from its last word: "… error rate" is a metric. */
export function typeFromHead(longText: string): EntityType {
  const words = longText
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const head = words[words.length - 1] ?? '';
  const sing = head.endsWith('s') ? head.slice(0, -1) : head;
  if (TASK_HEADS.has(head) || TASK_HEADS.has(sing)) return 'task';
  if (METRIC_HEADS.has(head) || METRIC_HEADS.has(sing)) return 'metric';
  if (DATASET_HEADS.has(head) || DATASET_HEADS.has(sing)) return 'dataset';
  return 'method';
}

/**
 * "key-value (KV) cache", "Click-Through Rate (CTR) prediction": a head noun
 * right after the bracket belongs to the defined phrase. The long span then
 * covers the bracket, the name drops it, and "KV cache" becomes the short form.
 */
function continued(doc: FieldDoc, def: Definition, afterParen: number): Definition {
  const m = /^ ([a-z][a-z-]*)\b/.exec(doc.text.slice(afterParen, afterParen + 30));
  const word = m?.[1];
  if (m === null || word === undefined) return def;
  if (!ACRONYM_CONTINUATIONS.has(word) && !TASK_HEADS.has(word) && !METHOD_HEADS.has(word))
    return def;
  const end = afterParen + m[0].length;
  const longText = doc.text.slice(def.long.start, def.long.end);
  const phrase = `${longText} ${word}`;
  const lex = lookup(phrase);
  const type = lex?.type ?? (ACRONYM_CONTINUATIONS.has(word) ? 'method' : typeFromHead(phrase));
  const name = lex?.entry.name ?? phrase;
  const short = `${def.short.short ?? ''} ${word}`;
  const last = atomIndexAt(doc.atoms, end, true);
  const a1 = last < doc.atoms.length ? last + 1 : 0;
  return {
    long: { ...def.long, end, a1: a1 > 0 ? a1 : def.long.a1, type, name, short },
    short: { ...def.short, type, name, short },
  };
}

/** The lexicon's reading of a short form holds only if its name shares a word with the long form. */
function sharesWord(name: string, longText: string): boolean {
  const words = (t: string): string[] =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2);
  const long = new Set(words(longText).map((w) => w.replace(/s$/, '')));
  const entry = lookup(name)?.entry;
  const forms = [name, ...(entry?.aliases ?? [])];
  return forms.some((f) => words(f).some((w) => long.has(w.replace(/s$/, ''))));
}

/** What a paper defines: its short forms (and their singulars), and the lower-cased long forms. */
export interface DefinedForms {
  shorts: ReadonlySet<string>;
  longs: ReadonlySet<string>;
}

/** The definitions among a paper's candidates, collected once for the gates of step 7. */
export function definedForms(candidates: readonly Candidate[]): DefinedForms {
  const shorts = new Set<string>();
  const longs = new Set<string>();
  for (const c of candidates) {
    if (c.source !== 'acronym' || c.short === undefined) continue;
    shorts.add(c.short);
    shorts.add(c.short.replace(/s$/, ''));
    longs.add(c.name.toLowerCase());
  }
  return { shorts, longs };
}
