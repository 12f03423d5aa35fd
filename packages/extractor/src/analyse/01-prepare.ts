// Step 1: tokenise the title and the abstract and split them into sentences.
import { splitSentences } from '../text/sentences';
import { tokenise } from '../text/tokenise';
import type { Field, PaperText } from '../types';
import type { FieldDoc } from './model';

export function prepare(paper: PaperText): FieldDoc[] {
  return [prepareField('title', paper.title), prepareField('abstract', paper.abstract)];
}

function prepareField(field: Field, raw: unknown): FieldDoc {
  const text = typeof raw === 'string' ? raw : '';
  const atoms = tokenise(text);
  // The title is one sentence whatever its punctuation.
  const sentences = field === 'title' ? [{ start: 0, end: text.length }] : splitSentences(text);
  const sentenceOfAtom: number[] = [];
  let s = 0;
  for (const atom of atoms) {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= atom.start) s++;
    sentenceOfAtom.push(s);
  }
  return { field, text, atoms, sentences, sentenceOfAtom };
}

/** True when atom `i` starts its sentence (capitalisation there says nothing). */
export function startsSentence(doc: FieldDoc, i: number): boolean {
  return i === 0 || doc.sentenceOfAtom[i - 1] !== doc.sentenceOfAtom[i];
}

/** The text between atom i-1 and atom i. */
export function gap(doc: FieldDoc, i: number): string {
  const atom = doc.atoms[i];
  const prev = doc.atoms[i - 1];
  if (atom === undefined) return '';
  return doc.text.slice(prev === undefined ? 0 : prev.end, atom.start);
}
