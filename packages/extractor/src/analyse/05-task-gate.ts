// Step 5b: a gate on the lower-case task phrases of step 5. A phrase such as
// "consumption forecasting" is only a task when the paper treats it as one: it is
// in the title, it recurs, or it sits in a task context ("for X", "on the X
// task", "tasks such as X", "applied to X"). Runs after all fields are found,
// since recurrence and the title are paper-wide.
import { TASK_AFTER, TASK_BEFORE, TASK_SCOPE_WORDS, WEAK_TASK_HEADS } from '../lexicon/task-heads';
import { QUALIFYING_TAILS } from '../lexicon/title-task-runs';
import type { Candidate, FieldDoc } from './model';
import { gap } from './01-prepare';

const ARTICLES = new Set(['a', 'an']);

/** True when the task phrase `c` passes the gate; `texts` are the paper's fields, lower-cased. */
export function keepTaskPhrase(c: Candidate, texts: string[]): boolean {
  const phrase = c.doc.text.slice(c.start, c.end).toLowerCase();
  // A weak head ("modeling", "analysis") needs the paper to call the phrase a task.
  if (WEAK_TASK_HEADS.has(c.doc.atoms[c.a1 - 1]?.lower ?? '')) {
    // In the title, "for X" names the problem the paper addresses ("… for Visual Emotion
    // Understanding", dev-s).
    if (c.doc.field === 'title') {
      return wordBefore(c.doc, c.a0) === 'for' || occurrences(texts, phrase) >= 2;
    }
    return namedTask(c.doc, c.a0, c.a1);
  }
  if (c.doc.field === 'title') return true;
  if (occurrences(texts, phrase) >= 2) return true;
  return inTaskContext(c.doc, c.a0, c.a1);
}

/** Drops the task phrases (source `phrase`, type task) that fail the gate. */
export function gateTaskPhrases(candidates: Candidate[], docs: FieldDoc[]): Candidate[] {
  if (!candidates.some(isTaskPhrase)) return candidates;
  const texts = docs.map((d) => d.text.toLowerCase());
  const coordinated = new Set<Candidate>();
  candidates.forEach((c, k) => {
    if (
      isTaskPhrase(c) &&
      [candidates[k - 1], candidates[k + 1]].some((o) => coordinatedTask(c, o))
    )
      coordinated.add(c);
  });
  return candidates.filter(
    (c) => !isTaskPhrase(c) || coordinated.has(c) || keepTaskPhrase(c, texts),
  );
}

function isTaskPhrase(c: Candidate): boolean {
  return c.source === 'phrase' && c.type === 'task';
}

/** "X and Y", "X, Y", "X or Y" where the other is a task: a list of tasks. */
function coordinatedTask(c: Candidate, other: Candidate | undefined): boolean {
  if (other === undefined || other.doc !== c.doc || other.type !== 'task') return false;
  const between =
    other.end <= c.start
      ? c.doc.text.slice(other.end, c.start)
      : c.doc.text.slice(c.end, other.start);
  return /^\s*(?:,|,?\s*and|,?\s*or|\/)\s*$/.test(between);
}

function occurrences(texts: string[], phrase: string): number {
  let n = 0;
  for (const text of texts) {
    for (let i = text.indexOf(phrase); i !== -1 && n < 2; i = text.indexOf(phrase, i + 1)) n++;
  }
  return n;
}

function inTaskContext(doc: FieldDoc, a0: number, a1: number): boolean {
  if (taskAfter(doc, a1)) return true;
  const before = wordBefore(doc, a0);
  return before !== undefined && (TASK_BEFORE.has(before) || TASK_SCOPE_WORDS.has(before));
}

/** "X task", "the task of X", "tasks such as X", "including X": the paper names X a task. */
function namedTask(doc: FieldDoc, a0: number, a1: number): boolean {
  if (taskAfter(doc, a1)) return true;
  const before = wordBefore(doc, a0);
  if (before === 'including' || before === 'like') return true;
  if (before !== 'as' && before !== 'of') return false;
  const k = a0 - 1 - (ARTICLES.has(doc.atoms[a0 - 1]?.lower ?? '') ? 1 : 0);
  const lead = doc.atoms[k - 1]?.lower ?? '';
  return before === 'as' ? lead === 'such' : TASK_AFTER.has(lead);
}

function taskAfter(doc: FieldDoc, a1: number): boolean {
  const after = doc.atoms[a1];
  return after !== undefined && /^[\s-]$/.test(gap(doc, a1)) && TASK_AFTER.has(after.lower);
}

/**
 * The word just before atom `a0` in the same clause, skipping "a" / "an" and the words that
 * only qualify the phrase: "for train-free visual token compression" (dev-g #111), "in
 * text-driven 3D scene editing" (dev-q #27530) name the task as "for X" does. Evaluative
 * words are not skipped: "for efficient local feature extraction" names a component (dev-f).
 */
function wordBefore(doc: FieldDoc, a0: number): string | undefined {
  let k = a0 - 1;
  for (;;) {
    if (k < 0 || gap(doc, k + 1).trim() !== '') break;
    const word = doc.atoms[k]?.lower ?? '';
    if (ARTICLES.has(word)) {
      k--;
      continue;
    }
    // A hyphen compound that says how ("text-driven", "train-free", "diffusion-based").
    let start = k;
    while (start > 0 && gap(doc, start) === '-') start--;
    if (start === k || !QUALIFYING_TAILS.has(word)) break;
    k = start - 1;
  }
  const before = doc.atoms[k];
  if (before === undefined || gap(doc, k + 1).trim() !== '') return undefined;
  return before.lower;
}
