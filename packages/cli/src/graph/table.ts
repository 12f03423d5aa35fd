// Plain-text tables for query output: columns padded to their widest cell, long cells cut.
import { truncate } from './names';

export function table(header: string[], rows: (string | number)[][], maxWidth = 60): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => truncate(String(cell), maxWidth)))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => [...(row[c] ?? '')].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) =>
        c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length),
      )
      .join('  ')
      .trimEnd();
  return (
    [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n') +
    '\n'
  );
}
