// Step 6b''': a title's capitalised run after "for" / "towards" that the
// abstract repeats in lower case names the paper's problem: "… For Straggler
// Mitigation" and "straggler mitigation" (dev-c #57), "… for Mathematical
// Problem-Solving" (dev-e #219), "… for Efficient Recommendation" (dev-g #211).
// No lexicon lists such tasks, and their heads ("mitigation", "optimization",
// "problem-solving") are too generic for step 5, so the head must name an
// activity (a task head or a nominalisation) and the abstract must repeat the
// whole run, less its evaluative openers. A Title-Case name the abstract keeps
// capitalised ("Adversarial Diffusion Compression (ADC)") is a method's name and
// is left alone: written in lower case, a phrase is a common noun phrase. Runs
// after the task gate (step 5b), since it needs every field.
import { isVerb } from '../english';
import { EXTENT_STOP, METHOD_HEADS, TASK_HEADS } from '../lexicon/cues';
import { GENERIC_MODIFIERS } from '../lexicon/generic-modifiers';
import { FIELD_HEADS } from '../lexicon/task-heads';
import { QUALIFYING_TAILS, RUN_BREAKERS, TITLE_OPENERS } from '../lexicon/title-task-runs';
import type { Candidate, FieldDoc } from './model';
import { gap } from './01-prepare';

/** Atoms of the longest phrase tried; titles' task names are shorter ("Table Tennis 4D …"). */
const MAX_ATOMS = 5;
/** Words after which a title names the problem it addresses. */
const TASK_SLOT_WORDS = new Set(['for', 'towards', 'toward']);
/** Nominalisations of an activity: "mitigation", "assessment", "problem-solving", "analysis". */
const PROCESS_NOUN = /(?:tion|sion|ment|ing|sis)$/;
/** Sources whose type is only a guess from shape: a lower-case echo outweighs them. */
const GUESSED = new Set(['shape', 'title']);

/** Adds the task spans of title runs the abstract repeats in lower case, per field. */
export function titleEchoTasks(perField: Candidate[][], docs: readonly FieldDoc[]): Candidate[][] {
  const t = docs.findIndex((d) => d.field === 'title');
  const title = docs[t];
  if (title === undefined || docs.length < 2) return perField;
  let out: Candidate[][] | null = null;
  let lowers: string[] = [];
  for (const [r0, r1] of slotRuns(title)) {
    if (!processHead(title.atoms[r1 - 1]?.lower ?? '')) continue;
    if (out === null) {
      out = perField.map((own) => [...own]);
      lowers = docs.map((d, k) => (k === t ? '' : d.text.toLowerCase()));
    }
    // The run less the evaluative words that open it ("Efficient", "Zero-Shot"): the whole
    // name, or none ("Radar Imaging" is not the task of "… for 3D Near-Field MIMO Radar
    // Imaging").
    let s = r0;
    while (s < r1 - 1 && !opensTask(title, s)) s = compoundEnd(title, s) + 1;
    if (s < r1 - 1 || TASK_HEADS.has(title.atoms[s]?.lower ?? '')) {
      if (opensTask(title, s)) echo(title, s, r1, docs, lowers, out, t);
    }
  }
  return out ?? perField;
}

// A title names its problem after "for" / "towards" ("… for Straggler Mitigation"); not after
// "via" / "with" / "using", where the method stands, nor at its start, where a run is as often
// the method's name ("Sparse Coding", "Distributed Training": dev-k, dev-e titles).
/** True for a head that names an activity: a task head or a nominalisation ("mitigation"). */
function processHead(word: string): boolean {
  if (METHOD_HEADS.has(word)) return word === 'learning';
  if (FIELD_HEADS.has(word)) return false;
  return TASK_HEADS.has(word) || PROCESS_NOUN.test(word);
}

/** The last atom of the hyphen compound that starts at atom `s` (`s` itself if none). */
function compoundEnd(doc: FieldDoc, s: number): number {
  let e = s;
  while (e + 1 < doc.atoms.length && gap(doc, e + 1) === '-') e++;
  return e;
}

/** True when atom `s` may open a task name: no evaluative word, no gerund ("Evolving"). */
function opensTask(doc: FieldDoc, s: number): boolean {
  const word = doc.atoms[s]?.lower ?? '';
  if (EXTENT_STOP.has(word) || GENERIC_MODIFIERS.has(word) || TITLE_OPENERS.has(word)) {
    return false;
  }
  // A compound that says how ("Impersonation-Driven", "Text-Guided") qualifies the task.
  const e = compoundEnd(doc, s);
  if (
    TITLE_OPENERS.has(
      doc.atoms
        .slice(s, e + 1)
        .map((a) => a.lower)
        .join('-'),
    )
  )
    return false;
  if (e > s && QUALIFYING_TAILS.has(doc.atoms[e]?.lower ?? '')) return false;
  return !(word.endsWith('ing') && isVerb(word));
}

/** Tries the title phrase `s`…`r1`; true when the abstract repeats it and it was added. */
function echo(
  title: FieldDoc,
  s: number,
  r1: number,
  docs: readonly FieldDoc[],
  lowers: string[],
  out: Candidate[][],
  t: number,
): boolean {
  const first = title.atoms[s];
  const last = title.atoms[r1 - 1];
  if (first === undefined || last === undefined) return false;
  const phrase = title.text.slice(first.start, last.end);
  const key = phrase.toLowerCase();
  const found: Candidate[] = [];
  docs.forEach((doc, k) => {
    if (k === t) return;
    const lower = lowers[k] ?? '';
    for (let i = lower.indexOf(key); i !== -1; i = lower.indexOf(key, i + 1)) {
      const written = doc.text.slice(i, i + key.length);
      if (!wordBounded(lower, i, i + key.length) || !lowered(title, s, r1, written)) continue;
      const c = span(doc, i, i + key.length);
      if (c !== null && fits(c, out[k] ?? [])) found.push(c);
    }
  });
  if (found.length === 0) return false;
  const own = span(title, first.start, last.end);
  if (own === null || !fits(own, out[t] ?? [])) return false;
  for (const c of [own, ...found]) {
    const k = docs.indexOf(c.doc);
    const list = (out[k] ?? []).filter((o) => !(o.a0 >= c.a0 && o.a1 <= c.a1));
    list.push(c);
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    out[k] = list;
  }
  return true;
}

/** True when `c` overlaps only candidates it may replace: tasks or guesses inside it. */
function fits(c: Candidate, candidates: Candidate[]): boolean {
  for (const o of candidates) {
    if (o.a1 <= c.a0 || o.a0 >= c.a1) continue;
    if (o.a0 === c.a0 && o.a1 === c.a1 && o.type === 'task') return false;
    if (o.a0 < c.a0 || o.a1 > c.a1) return false;
    if (o.type !== 'task' && !GUESSED.has(o.source)) return false;
  }
  return true;
}

/** The task candidate over characters `start`…`end` when both fall on atom edges. */
function span(doc: FieldDoc, start: number, end: number): Candidate | null {
  const a0 = doc.atoms.findIndex((a) => a.start === start);
  if (a0 === -1) return null;
  let a1 = a0;
  while (a1 < doc.atoms.length && (doc.atoms[a1]?.end ?? Infinity) < end) a1++;
  if (doc.atoms[a1]?.end !== end) return null;
  const name = doc.text.slice(start, end);
  return {
    doc,
    a0,
    a1: a1 + 1,
    start,
    end,
    type: 'task',
    name,
    source: 'phrase',
    confidence: 0.5,
    typed: true,
  };
}

/**
 * True when every Title-Case word of the title phrase is in lower case in `written`, but
 * for a sentence's first letter: "Combinatorial optimization" is a common noun phrase,
 * "Adversarial Diffusion Compression" a name. Acronyms keep their case ("MoE compression").
 */
function lowered(title: FieldDoc, s: number, r1: number, written: string): boolean {
  const base = title.atoms[s]?.start ?? 0;
  let changed = false;
  for (let k = s; k < r1; k++) {
    const atom = title.atoms[k];
    if (atom === undefined || !/^\p{Lu}\p{Ll}+$/u.test(atom.text)) continue;
    const ch = written[atom.start - base] ?? '';
    if (ch === atom.text[0]) {
      if (k !== s) return false;
    } else changed = true;
  }
  return changed;
}

function wordBounded(text: string, start: number, end: number): boolean {
  const edge = /[\p{L}\p{N}-]/u;
  return !edge.test(text[start - 1] ?? ' ') && !edge.test(text[end] ?? ' ');
}

/**
 * The capitalised runs right after a task slot word ("for", "towards"), as [first, end) atom
 * ranges of at most `MAX_ATOMS`: capitalised words, dimensions ("4D") and
 * hyphen tails ("Multi-task"), up to a function word or punctuation.
 */
function slotRuns(doc: FieldDoc): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const { atoms } = doc;
  for (let i = 0; i < atoms.length - 2; i++) {
    if (!TASK_SLOT_WORDS.has(atoms[i]?.lower ?? '') || !runWord(doc, i + 1, false)) continue;
    let r1 = i + 2;
    while (r1 < atoms.length && /^[ -]$/.test(gap(doc, r1)) && runWord(doc, r1, true)) r1++;
    if (r1 - (i + 1) <= MAX_ATOMS) runs.push([i + 1, r1]);
    i = r1 - 1;
  }
  return runs;
}

/** True when atom `i` continues (or, `joined` false, opens) a capitalised run. */
function runWord(doc: FieldDoc, i: number, joined: boolean): boolean {
  const atom = doc.atoms[i];
  if (atom === undefined || RUN_BREAKERS.has(atom.lower)) return false;
  if (atom.capitalised || /^\d[dD]$/.test(atom.text)) return true;
  return joined && gap(doc, i) === '-' && /^\p{L}/u.test(atom.text);
}
