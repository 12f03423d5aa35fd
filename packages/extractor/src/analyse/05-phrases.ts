// Step 5: established lower-case terms no lexicon lists, found by their head
// word and content-word modifiers: "video prediction" (task head
// "prediction"), "token merging" (technique head "merging"). compromise's
// lexicon rules out modifiers that are verbs, adverbs or evaluative adjectives.
import {
  ADJECTIVE_SHAPE,
  DOMAIN_ADJECTIVES,
  EXTENT_STOP,
  METHOD_HEADS,
  TASK_HEADS,
  UNKNOWN_VERB,
} from '../lexicon/cues';
import { GENERIC_MODIFIERS, PREFIX_STOP } from '../lexicon/generic-modifiers';
import { GENERIC_PHRASES } from '../lexicon/generic-phrases';
import { NOUN_VERBS } from '../lexicon/noun-verbs';
import { isContentWord, isKnownWord, isVerb } from '../english';
import { WEAK_TASK_HEADS } from '../lexicon/task-heads';
import type { EntityType } from '../types';
import type { Candidate, FieldDoc } from './model';
import { gap } from './01-prepare';
import { nounUse } from './06-task-noun-verb';

const MAX_MODIFIERS = 2;
/** Words that never start a hyphen compound of a phrase ("to", "of" do: "text-to-speech"). */
const FUNCTION_WORDS = new Set(['and', 'or', 'the', 'a', 'an']);
/** Verb and evaluative-adjective endings: "garnered", "alleviates", "considerable", "various". */
const NOT_MODIFIER = /(?:ed|ates|izes|ises|able|ible|ous|ful|less)$/;

/**
 * (length, last character) of every head word: an atom that matches none (most of them:
 * "the", "of", "model") is no head, and skips the two Set look-ups.
 */
const HEAD_ENDINGS = new Uint8Array(64 * 128);
for (const w of [...TASK_HEADS, ...WEAK_TASK_HEADS, ...METHOD_HEADS]) HEAD_ENDINGS[endingOf(w)] = 1;

/** The first atom of a listed hyphen compound ending at atom `k` ("zero-shot"), else -1. */
function domainCompound(doc: FieldDoc, k: number): number {
  let start = k;
  while (start > 0 && gap(doc, start) === '-') start--;
  if (start === k) return -1;
  const words = doc.atoms.slice(start, k + 1).map((a) => a.lower);
  return DOMAIN_ADJECTIVES.has(words.join('-')) ? start : -1;
}

/** True when the head at `h` is followed by a noun: "generation" in "next-generation chips". */
function compoundAdjective(doc: FieldDoc, h: number): boolean {
  const next = doc.atoms[h + 1];
  if (next === undefined || gap(doc, h + 1) !== ' ') return false;
  return /^\p{L}{3,}$/u.test(next.text) && isContentWord(next.lower) && !isVerb(next.lower);
}

function endingOf(word: string): number {
  return Math.min(word.length, 63) * 128 + (word.charCodeAt(word.length - 1) & 127);
}

export function phraseCandidates(doc: FieldDoc, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { atoms, text } = doc;
  for (let h = 1; h < atoms.length; h++) {
    const head = atoms[h];
    if (head === undefined || covered[h] === 1 || HEAD_ENDINGS[endingOf(head.lower)] !== 1) {
      continue;
    }
    const type: EntityType | null =
      TASK_HEADS.has(head.lower) || WEAK_TASK_HEADS.has(head.lower)
        ? 'task'
        : METHOD_HEADS.has(head.lower)
          ? 'method'
          : null;
    if (type === null) continue;
    // A Title-Case title writes its task in capitals: "Scalable Image Recognition".
    const titleCase = type === 'task' && doc.field === 'title' && head.capitalised;
    let first = h;
    let words = 0;
    for (let k = h - 1; k >= 0 && words < MAX_MODIFIERS; k--) {
      const g = gap(doc, k + 1);
      const mod = atoms[k];
      if (mod === undefined || covered[k] === 1) break;
      // In a Title-Case title capitals say nothing, so an adjective shape ends the phrase:
      // "Programmatic Reasoning", "Cross-Modal Translation", "Task-Agnostic Compression".
      if (
        titleCase &&
        mod.capitalised &&
        !isKnownWord(mod.lower) &&
        ADJECTIVE_SHAPE.test(mod.lower)
      )
        break;
      if (g === '-') {
        // Inside a hyphen compound every part counts: "text-to-speech", "next-frame", but a
        // function word or verb glued on by a typo ("and-fine-tuning") does not.
        if (FUNCTION_WORDS.has(mod.lower) || (isVerb(mod.lower) && !NOUN_VERBS.has(mod.lower)))
          break;
        first = k;
        continue;
      }
      if (g !== ' ') break;
      if (!titleCase && !/^[\p{Ll}\p{N}]/u.test(mod.text) && !/^\p{Lu}+$/u.test(mod.text)) break;
      // A domain adjective narrows the task, though compromise tags it an adjective:
      // "3D human generation", "visual grounding" (the list step 6b uses).
      if (type === 'task' && DOMAIN_ADJECTIVES.has(mod.lower)) {
        first = k;
        words++;
        continue;
      }
      // So does a listed hyphen compound, whatever its tail: "zero-shot retrieval" ("shot"
      // is a verb form to compromise).
      const compound = type === 'task' ? domainCompound(doc, k) : -1;
      if (compound !== -1) {
        first = compound;
        k = compound;
        words++;
        continue;
      }
      if (mod.text.length < 2 || GENERIC_MODIFIERS.has(mod.lower) || !isContentWord(mod.lower))
        break;
      // The words step 6b never lets start a task ("oracle segmentation", "optimal compression").
      if (type === 'task' && EXTENT_STOP.has(mod.lower)) break;
      // A number is a dimension ("3D reconstruction"), never a measure ("7.988x compression").
      if (/^\p{N}/u.test(mod.text) && !/^\d[dD]$/.test(mod.text)) break;
      if (NOT_MODIFIER.test(mod.lower) && !NOUN_VERBS.has(mod.lower)) break;
      // A base-form verb is a noun in a task compound ("crop yield prediction").
      const verb = isVerb(mod.lower) && !NOUN_VERBS.has(mod.lower);
      if (verb && (type !== 'task' || !nounUse(doc, k))) break;
      // Verb shapes compromise does not list: "necessitate", "plotting", "distribute".
      if (!isKnownWord(mod.lower) && UNKNOWN_VERB.test(mod.lower) && !NOUN_VERBS.has(mod.lower))
        break;
      if (/['’]$/.test(gap(doc, k))) break;
      first = k;
      words++;
    }
    // A modifier that is the tail of a hyphen compound takes the whole compound ("hour-length").
    while (
      first > 0 &&
      gap(doc, first) === '-' &&
      covered[first - 1] !== 1 &&
      !FUNCTION_WORDS.has(atoms[first - 1]?.lower ?? '')
    )
      first--;
    // A dimension before the modifiers narrows the phrase whatever their number: "3D medical
    // image reconstruction" (dev-e).
    const dim = atoms[first - 1];
    if (words === MAX_MODIFIERS && dim !== undefined && covered[first - 1] !== 1) {
      if (/^\d[dD]$/.test(dim.text) && gap(doc, first) === ' ') first--;
    }
    // A Title-Case title's head stays, even bare: step 6b' (`06-task-title`) reads its
    // capitalised run by shape ("Single-Line Drawing Generation") and drops it if none.
    if (first === h && !titleCase) continue;
    // A compound glued to its head by a hyphen and followed by a noun is an adjective:
    // "next-generation chips", "Next-generation Neuromorphic Chips" (dev-e).
    if (gap(doc, h) === '-' && compoundAdjective(doc, h)) continue;
    // In a Title-Case title a capitalised word left out is part of a longer name ("4D Urban
    // Scene Synthesis", "Non-Intrusive Load Monitoring"): step 6b' widens the phrase over it.
    // A modifier after a slash is half of a coordination ("optic disc/cup segmentation"):
    // the phrase cannot be named correctly from its tail alone, so it is left out.
    if (first > 0 && gap(doc, first) === '/') continue;
    const firstAtom = atoms[first];
    if (firstAtom === undefined) continue;
    // Nor may it start with an evaluative prefix ("state-of-the-art", "high-", "pre-").
    if (PREFIX_STOP.has(firstAtom.lower)) continue;
    const phrase = text.slice(firstAtom.start, head.end);
    if (GENERIC_PHRASES.has(phrase.toLowerCase())) continue;
    out.push({
      doc,
      a0: first,
      a1: h + 1,
      start: firstAtom.start,
      end: head.end,
      type,
      name: phrase,
      source: 'phrase',
      confidence: 0.5,
      typed: true,
    });
  }
  return out;
}
