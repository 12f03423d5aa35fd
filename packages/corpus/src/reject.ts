// Rejects: every record or file that cannot be used is reported, never dropped silently.
import type { Corpus, Reject, RejectCode } from './types';

export function reject(file: string, line: number, code: RejectCode, reason: string): Reject {
  return { file, line, reason, code };
}

/** `file:line: reason`, the form editors and terminals turn into a link. */
export function formatReject(r: Reject): string {
  return `${r.file}:${r.line}: ${r.reason}`;
}

/** The one-line account of a read: `N papers, M duplicates merged, K rejected`. */
export function summarize(corpus: Corpus): string {
  return `${corpus.papers.length} papers, ${corpus.duplicatesMerged} duplicates merged, ${corpus.rejects.length} rejected`;
}
