// A paper's text cut into plain runs and entity mentions, for the Details panel: the spans
// come from the evidence of the paper's `mentions` edges (UTF-16 offsets into title/abstract).
import type { Field } from '@papergraph/extractor';
import type { PaperGraph } from '@papergraph/graph';

export interface Segment {
  text: string;
  /** The entity mentioned by this run, if any. */
  entity?: string;
}

export interface MentionSpan {
  field: Field;
  start: number;
  end: number;
  entity: string;
}

export function paperMentions(graph: PaperGraph, paper: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  if (!graph.hasNode(paper)) return spans;
  graph.forEachOutEdge(paper, (_edge, attrs, _source, target) => {
    if (attrs.kind !== 'mentions') return;
    for (const evidence of attrs.evidence) {
      if (evidence.paper !== paper) continue;
      spans.push({
        field: evidence.field,
        start: evidence.start,
        end: evidence.end,
        entity: target,
      });
    }
  });
  return spans;
}

/**
 * Cuts `text` at the spans of `field`. Overlapping spans keep the one that starts first
 * (the longer one on a tie); spans outside the text are ignored rather than trusted.
 */
export function segmentText(text: string, field: Field, spans: MentionSpan[]): Segment[] {
  const own = spans
    .filter(
      (span) =>
        span.field === field && span.start >= 0 && span.end <= text.length && span.start < span.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of own) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), entity: span.entity });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
