// Where each record of a JSON document starts and ends, so the JSON reader can report line
// numbers (which `JSON.parse` does not give) and, when the document does not parse as a whole,
// parse record by record and reject only the broken ones. One linear, forgiving pass.

interface Container {
  kind: '[' | '{';
  /** True for the array whose elements are the records. */
  records: boolean;
  /** Objects: the next string is a key. Arrays: the next token starts an element. */
  expecting: boolean;
  lastKey?: string;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Spans of the elements of the records array: the root array, or the `papers` array of the
 * root object. Empty when the document has neither.
 */
export function recordSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Container[] = [];
  let open: Span | undefined;
  const close = (at: number): void => {
    if (open) open.end = at;
    open = undefined;
  };
  const valueStarts = (at: number): void => {
    const top = stack[stack.length - 1];
    if (top?.kind === '[' && top.expecting) {
      if (top.records) {
        open = { start: at, end: text.length };
        spans.push(open);
      }
      top.expecting = false;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === ':') continue;
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === '{' && top.expecting) {
        top.lastKey = text.slice(i + 1, end);
        top.expecting = false;
      } else valueStarts(i);
      i = end;
    } else if (c === ',') {
      if (top?.records) close(i);
      if (top) top.expecting = true;
    } else if (c === '[' || c === '{') {
      valueStarts(i);
      const isRecords =
        c === '[' &&
        (stack.length === 0 ||
          (stack.length === 1 && top?.kind === '{' && top.lastKey === 'papers'));
      stack.push({ kind: c, records: isRecords, expecting: true });
    } else if (c === ']' || c === '}') {
      if (top?.records) close(i);
      stack.pop();
    } else {
      valueStarts(i);
    }
  }
  return spans;
}

/** Index of the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x22) return i;
    else i++;
  }
  return text.length;
}
