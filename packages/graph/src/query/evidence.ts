// Evidence as people read it: the paper and the sentence behind an edge. Graph edges store
// spans (paper, field, start, end); queries turn them into text here.
import type { Evidence, PaperGraph } from '../schema';

export interface EvidenceText extends Evidence {
  /** The paper's title. */
  title: string;
  /** The sentence holding the span (the whole title for title spans). */
  sentence: string;
}

export function evidenceText(graph: PaperGraph, evidence: Evidence): EvidenceText {
  const paper = graph.hasNode(evidence.paper) ? graph.getNodeAttributes(evidence.paper) : undefined;
  const title = paper?.kind === 'paper' ? paper.title : evidence.paper;
  const text =
    paper?.kind === 'paper' ? (evidence.field === 'title' ? paper.title : paper.abstract) : '';
  return {
    paper: evidence.paper,
    field: evidence.field,
    start: evidence.start,
    end: evidence.end,
    title,
    sentence:
      evidence.field === 'title' ? text : sentenceAround(text, evidence.start, evidence.end),
  };
}

/** The sentence of `text` that holds [start, end): from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !isSentenceEnd(text, from - 1)) from--;
  let to = Math.max(from, Math.min(end - 1, text.length));
  while (to < text.length && !isSentenceEnd(text, to)) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  // "e.g. foo", "3.5": not an end. A space followed by a capital, or the end of text, is.
  if (next === undefined) return true;
  if (next !== ' ') return false;
  const after = text[i + 2];
  return (
    after !== undefined &&
    /[A-Z0-9"(“]/.test(after) &&
    !/\b(e\.g|i\.e|et al|vs|cf|Fig|Eq)$/.test(text.slice(Math.max(0, i - 6), i))
  );
}
