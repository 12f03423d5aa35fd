// RFC 4180 tokenizer: text → rows of fields, each row with the line it starts on. Quoted fields
// may hold the delimiter, doubled quotes and newlines. One pass, character by character.

export interface CsvRow {
  fields: string[];
  line: number;
}

export interface CsvRows {
  rows: CsvRow[];
  /** The line of a quoted field still open at the end of the text, if any. */
  unterminatedAt?: number;
}

export function csvRows(text: string, delimiter = ','): CsvRows {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let rowQuoted = false;
  let i = 0;
  const endRow = (): void => {
    fields.push(field);
    // A blank line is no row at all; `""` alone on a line is a row with one empty field.
    if (rowQuoted || !(fields.length === 1 && fields[0] === '')) {
      rows.push({ fields, line: rowLine });
    }
    fields = [];
    field = '';
    rowQuoted = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        // Copy the run up to the next quote in one step: keeps long quoted abstracts linear.
        const next = text.indexOf('"', i);
        const end = next === -1 ? text.length : next;
        const chunk = text.slice(i, end);
        for (let j = chunk.indexOf('\n'); j !== -1; j = chunk.indexOf('\n', j + 1)) line++;
        field += chunk;
        i = end;
        continue;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      rowQuoted = true;
      quoteLine = line;
      field = '';
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else {
      // Copy the run up to the next special character in one step.
      let end = i + 1;
      while (end < text.length && !isSpecial(text.charCodeAt(end), delimiter)) end++;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    i++;
  }
  if (quoted) return { rows, unterminatedAt: quoteLine };
  if (field !== '' || fields.length > 0 || rowQuoted) endRow();
  return { rows };
}

function isSpecial(c: number, delimiter: string): boolean {
  return c === 0x22 || c === 0x0a || c === delimiter.charCodeAt(0);
}
