// Where each record of a JSON document starts, so the JSON reader can report line numbers
// although `JSON.parse` gives none. One linear pass over text that `JSON.parse` has accepted.

interface Container {
  kind: '[' | '{';
  /** True for the array whose elements are the records. */
  records: boolean;
  /** Objects: the next string is a key. Arrays: the next token starts an element. */
  expecting: boolean;
  lastKey?: string;
}

/**
 * Offsets of the elements of the records array: the root array, or the `papers` array of the
 * root object. Empty when the document has neither.
 */
export function recordOffsets(text: string): number[] {
  const offsets: number[] = [];
  const stack: Container[] = [];
  const valueStarts = (at: number): void => {
    const top = stack[stack.length - 1];
    if (top?.kind === '[' && top.expecting) {
      if (top.records) offsets.push(at);
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
      if (top) top.expecting = true;
    } else if (c === '[' || c === '{') {
      valueStarts(i);
      const isRecords =
        c === '[' &&
        (stack.length === 0 ||
          (stack.length === 1 && top?.kind === '{' && top.lastKey === 'papers'));
      stack.push({ kind: c, records: isRecords, expecting: true });
    } else if (c === ']' || c === '}') {
      stack.pop();
    } else {
      valueStarts(i);
    }
  }
  return offsets;
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
