// Step 1: tokenise the title and the abstract and split them into sentences.
import { splitSentences } from '../text/sentences';
import { tokenise, type Atom } from '../text/tokenise';
import type { Field, PaperText } from '../types';
import type { FieldDoc } from './model';

export function prepare(paper: PaperText): FieldDoc[] {
  return [prepareField('title', paper.title), prepareField('abstract', paper.abstract)];
}

function prepareField(field: Field, raw: unknown): FieldDoc {
  const text = typeof raw === 'string' ? raw : '';
  const atoms = withoutUrls(text, tokenise(text));
  // The title is one sentence whatever its punctuation.
  const sentences = field === 'title' ? [{ start: 0, end: text.length }] : splitSentences(text);
  const sentenceOfAtom: number[] = [];
  const gaps: string[] = [];
  let s = 0;
  let prevEnd = 0;
  for (const atom of atoms) {
    gaps.push(text.slice(prevEnd, atom.start));
    prevEnd = atom.end;
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= atom.start) s++;
    sentenceOfAtom.push(s);
  }
  return { field, text, atoms, sentences, gaps, sentenceOfAtom };
}

/** True when atom `i` starts its sentence (capitalisation there says nothing). */
export function startsSentence(doc: FieldDoc, i: number): boolean {
  return i === 0 || doc.sentenceOfAtom[i - 1] !== doc.sentenceOfAtom[i];
}

/** The text between atom i-1 and atom i. */
export function gap(doc: FieldDoc, i: number): string {
  return doc.gaps[i] ?? '';
}

/** The atoms some candidate of one field covers: where an extent step may not grow a span. */
export function takenAtoms(candidates: readonly { a0: number; a1: number }[]): Set<number> {
  const taken = new Set<number>();
  for (const c of candidates) for (let k = c.a0; k < c.a1; k++) taken.add(k);
  return taken;
}

/** Links ("https://github.com/AILab-CVC/UniRepLKNet", "huggingface.co/x"): their words are not names. */
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+\.(?:com|org|io|net|ai|co|edu)\/\S*/gi;

/**
 * What every match of URL contains: a scheme, "www." or a domain ending with a slash. Cheap to
 * scan for, so the backtracking `[\w.-]+` of URL runs only on the few texts that have one.
 */
const URL_HINT = /https?:\/\/|www\.|\.(?:com|org|io|net|ai|co|edu)\//i;

function withoutUrls(text: string, atoms: Atom[]): Atom[] {
  if (!text.includes('/') || !URL_HINT.test(text)) return atoms;
  const ranges: [number, number][] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text))
    ranges.push([m.index, m.index + m[0].length]);
  if (ranges.length === 0) return atoms;
  return atoms.filter((a) => !ranges.some(([s, e]) => a.start >= s && a.end <= e));
}
