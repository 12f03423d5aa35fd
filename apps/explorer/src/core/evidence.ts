// The sentence behind an edge: an evidence span widened to the sentence around it,
// read from the paper node's title or abstract.
import type { Evidence, PaperGraph } from '@papergraph/graph';

export interface EvidenceText {
  paper: string;
  paperTitle: string;
  sentence: string;
}

export function evidenceSentence(graph: PaperGraph, evidence: Evidence): EvidenceText | null {
  if (!graph.hasNode(evidence.paper)) return null;
  const paper = graph.getNodeAttributes(evidence.paper);
  if (paper.kind !== 'paper') return null;
  const text = paper[evidence.field];
  if (evidence.start < 0 || evidence.end > text.length || evidence.start > evidence.end)
    return null;
  return {
    paper: evidence.paper,
    paperTitle: paper.title,
    sentence: widenToSentence(text, evidence.start, evidence.end),
  };
}

/** Extends [start, end) to the sentence boundaries around it ('. ', '! ', '? ' or the text's ends). */
export function widenToSentence(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?]\s/.test(text.slice(from - 2, from))) from--;
  let to = end;
  while (to < text.length && !/[.!?]/.test(text[to - 1] ?? '')) to++;
  if (to < end) to = end;
  return text.slice(from, to).trim();
}
