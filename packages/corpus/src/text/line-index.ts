// Offset → line number for readers that parse a whole document at once (JSON, CSV, BibTeX,
// XML) but must still report each record's line, as `file:line: reason` needs.

export interface LineIndex {
  /** The 1-based line holding the UTF-16 offset `offset`. */
  lineAt(offset: number): number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineAt(offset) {
      // Binary search for the last line start at or before `offset`.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
  };
}
