// Step 6b': the full name of a task in a Title-Case title. A title writes its
// task as one capitalised run after a preposition or a colon: "… for Real-Time
// Weather Classification", "… for Registration Quality Assessment", "Enable Shade
// Simulation by Text-conditioned Image Generation". Capitals say nothing there,
// and compromise's part of speech misleads ("Weather", "Drawing" read as verbs),
// so the run is read by shape: capitalised words, hyphen compounds and
// dimensions back to a function word or punctuation, less the evaluative words
// that open it ("Real-Time", "Deep", "Accurate", "Progressive"), gerunds and
// unknown adjective shapes ("Advancing", "Autoregressive"). Step 5 also passes
// a Title-Case task head bare, so an unlisted task is read here from its head
// ("4D Urban Scene Synthesis"); a run that stops at a capitalised word of a
// longer name is dropped. Runs after step 6b (`06-task-extent`) on the title's
// task spans.
import { isContentWord, isKnownWord, isVerb } from '../english';
import { ADJECTIVE_SHAPE, DOMAIN_ADJECTIVES, EXTENT_STOP } from '../lexicon/cues';
import { GENERIC_MODIFIERS } from '../lexicon/generic-modifiers';
import { QUALIFYING_TAILS, RUN_BREAKERS, TITLE_OPENERS } from '../lexicon/title-task-runs';
import type { Candidate, FieldDoc } from './model';
import { gap } from './01-prepare';

const MAX_MODIFIERS = 4;

/** Widens the title's task spans over their capitalised run; drops shape names it absorbs. */
export function extendTitleTasks(candidates: Candidate[]): Candidate[] {
  const absorbed = new Set<Candidate>();
  for (const c of candidates) {
    if (c.type !== 'task' || c.doc.field !== 'title' || c.source === 'acronym') continue;
    if (c.source === 'shape' || c.source === 'title') continue;
    if (!(c.doc.atoms[c.a0]?.capitalised ?? false)) continue;
    const starts = runStarts(c.doc, c.a0, candidates, c);
    const first = starts.at(-1) ?? c.a0;
    // Step 5 passes a Title-Case head bare ("Generation"): it names a task only after a noun
    // ("Urban Scene Synthesis", "Drawing Generation"), not after an adjective, a dimension
    // or a generic word ("Extreme Compression", "2D Matching", "Quality Assessment").
    const bare = c.source === 'phrase' && c.a1 - c.a0 === 1;
    if (bare && !nounModifier(c.doc, starts[0] ?? -1, c.a0 - 1)) {
      absorbed.add(c);
      continue;
    }
    // A phrase whose run stops at a capitalised word that does not qualify it is the tail of
    // a longer name ("Adversarial Diffusion Compression", dev #0): no task.
    if (c.source === 'phrase' && tailOfName(c.doc, first, candidates)) {
      absorbed.add(c);
      continue;
    }
    if (first === c.a0) continue;
    const atom = c.doc.atoms[first];
    if (atom === undefined) continue;
    for (const o of candidates) {
      if (o !== c && o.doc === c.doc && o.a0 >= first && o.a1 <= c.a0) absorbed.add(o);
    }
    c.a0 = first;
    c.start = atom.start;
    c.name = c.doc.text.slice(c.start, c.end);
  }
  return absorbed.size === 0 ? candidates : candidates.filter((o) => !absorbed.has(o));
}

/**
 * The start atoms of the modifiers before `a0`, nearest first: each is a capitalised word,
 * a hyphen compound or a dimension, up to a function word, punctuation, or a typed name.
 */
function runStarts(doc: FieldDoc, a0: number, candidates: Candidate[], self: Candidate): number[] {
  const starts: number[] = [];
  let k = a0 - 1;
  while (k >= 0 && starts.length < MAX_MODIFIERS) {
    if (gap(doc, k + 1) !== ' ') break;
    let start = k;
    while (start > 0 && gap(doc, start) === '-') start--;
    const head = doc.atoms[start];
    if (head === undefined || RUN_BREAKERS.has(head.lower)) break;
    if (!head.capitalised && !/^\d[dD]$/.test(head.text)) break;
    if (opener(doc, start, k, runWordBefore(doc, start, candidates))) break;
    // A name typed by the lexicon or a definition ("ImageNet", "CLIP") is not a modifier, nor
    // a compound name ("RF-DETR Object Detection", dev-f); a one-word shape guess is
    // ("Accurate LiDAR Semantic Segmentation", dev-r).
    const other = candidates.find((o) => o !== self && o.doc === doc && o.a0 <= k && k < o.a1);
    if (other !== undefined && other.source !== 'shape' && other.source !== 'title') break;
    if (other !== undefined && (other.a0 !== start || other.a1 !== k + 1 || start !== k)) break;
    starts.push(start);
    k = start - 1;
  }
  return starts;
}

/** True when atom `start - 1` continues the capitalised run: no function word, no name. */
function runWordBefore(doc: FieldDoc, start: number, candidates: Candidate[]): boolean {
  const before = doc.atoms[start - 1];
  if (before === undefined || gap(doc, start) !== ' ' || !before.capitalised) return false;
  if (RUN_BREAKERS.has(before.lower)) return false;
  return !candidates.some((o) => o.doc === doc && o.a0 < start && start - 1 < o.a1);
}

/** True when the word before atom `first` is a capitalised word of the same name. */
function tailOfName(doc: FieldDoc, first: number, candidates: Candidate[]): boolean {
  if (!runWordBefore(doc, first, candidates)) return false;
  const word = doc.atoms[first - 1]?.lower ?? '';
  if (TITLE_OPENERS.has(word) || EXTENT_STOP.has(word) || GENERIC_MODIFIERS.has(word)) return false;
  return !isVerb(word) && (gap(doc, first - 1) === '-' || !isKnownWord(word));
}

/** True when the modifier `start`…`end` is one noun (a gerund inside the run is one). */
function nounModifier(doc: FieldDoc, start: number, end: number): boolean {
  const word = doc.atoms[start]?.lower ?? '';
  if (start !== end || GENERIC_MODIFIERS.has(word) || !/^\p{L}/u.test(word)) return false;
  return isContentWord(word) || word.endsWith('ing');
}

/** True when the modifier `start`…`end` qualifies the task rather than names it. */
function opener(doc: FieldDoc, start: number, end: number, inside: boolean): boolean {
  const parts = doc.atoms.slice(start, end + 1).map((a) => a.lower);
  const compound = parts.join('-');
  if (TITLE_OPENERS.has(compound) || EXTENT_STOP.has(compound)) return true;
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (parts.length > 1) {
    // A domain adjective opens a compound that names the setting: "Monocular-to-3D" (dev-q).
    const adjective = !isKnownWord(first) && ADJECTIVE_SHAPE.test(first);
    return QUALIFYING_TAILS.has(last) || (adjective && !DOMAIN_ADJECTIVES.has(first));
  }
  // A gerund opens a verb phrase ("Advancing Long Video Comprehension", "Mitigating …",
  // compromise knowing the verb or not); an
  // unknown adjective shape qualifies ("Autoregressive Entity Retrieval", "Programmatic
  // Mathematical Reasoning").
  // A mixed-case name is no adjective ("LiDAR").
  // Inside the run, after another of its words, a gerund is a noun: "Single-Line Drawing
  // Generation", "Audio-Driven Talking Face Generation" (dev-s, dev-r titles).
  if (/ing$/.test(first) && !inside && (isVerb(first) || !isKnownWord(first))) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(doc.atoms[start]?.text ?? '')) return false;
  return !isKnownWord(first) && ADJECTIVE_SHAPE.test(first) && !DOMAIN_ADJECTIVES.has(first);
}
