// The Node entry of the corpus package: paths and `-` → a merged Corpus. The pipeline in order:
//   1. list the inputs (directories walked, `list-inputs.ts`);
//   2. read each file's bytes as UTF-8 text, or reject it (`read-text.ts`);
//   3. parse each text in its format (`parseFile`, pure);
//   4. merge duplicates across files (`mergeRecords`, pure).
import { CorpusError } from '../errors';
import { mergeRecords } from '../merge-records';
import { parseFile, validateParseOptions } from '../parse-file';
import { formatReject } from '../reject';
import type { Corpus, ParsedFile, ParseOptions } from '../types';
import { listInputs, STDIN } from './list-inputs';
import { readStream, readTextFile } from './read-text';

export interface ReadCorpusOptions extends ParseOptions {
  /** Throw a `CorpusError` with code `REJECTS` when anything is rejected. */
  strict?: boolean | undefined;
  /** What `-` reads; `process.stdin` by default. */
  stdin?: NodeJS.ReadableStream | undefined;
  /** Called before each file is read, e.g. to draw a progress bar. `file` is `-` for stdin. */
  onFile?: ((file: string, index: number, total: number) => void) | undefined;
}

/** How stdin is named in rejects and appearances. */
export const STDIN_NAME = '<stdin>';

export async function readCorpus(
  inputs: string[],
  options: ReadCorpusOptions = {},
): Promise<Corpus> {
  const parseOptions: ParseOptions = {};
  if (options.year !== undefined) parseOptions.year = options.year;
  if (options.format !== undefined) parseOptions.format = options.format;
  validateParseOptions(parseOptions);

  const { files, rejects } = await listInputs(inputs);
  const parsed: ParsedFile[] = [{ format: 'daily', records: [], rejects }];
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    const name = file === STDIN ? STDIN_NAME : file;
    const read =
      file === STDIN
        ? await readStream(options.stdin ?? process.stdin, name)
        : await readTextFile(file);
    if ('reject' in read) parsed.push({ format: 'daily', records: [], rejects: [read.reject] });
    else parsed.push(parseFile(read.text, name, parseOptions));
  }
  const corpus = mergeRecords(parsed);
  if (options.strict && corpus.rejects.length > 0) {
    const shown = corpus.rejects.slice(0, 20).map(formatReject);
    const more =
      corpus.rejects.length > shown.length
        ? `\n… and ${corpus.rejects.length - shown.length} more`
        : '';
    throw new CorpusError(
      'REJECTS',
      `readCorpus: ${corpus.rejects.length} record(s) or file(s) rejected in strict mode; fix them or drop strict:\n${shown.join('\n')}${more}`,
      corpus.rejects,
    );
  }
  return corpus;
}
