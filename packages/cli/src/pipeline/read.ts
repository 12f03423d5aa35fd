// Step 1 of the pipeline: inputs (files, directories, `-`) to a merged corpus, with every
// reject reported on stderr as `file:line: reason` and the summary line at the end.
import { formatReject, readCorpus, summarize } from '@papergraph/corpus/node';
import type { Corpus } from '@papergraph/corpus';
import { CliError, type CommandContext } from '../command';
import { resolvePath } from '../graph/files';
import { progressBar } from '../progress';

export interface ReadOptions {
  year?: number;
  strict?: boolean;
}

export async function readInputs(
  inputs: string[],
  options: ReadOptions,
  ctx: CommandContext,
): Promise<Corpus> {
  const bar = progressBar(ctx, 'reading');
  const corpus = await readCorpus(
    inputs.map((input) => (input === '-' ? input : resolvePath(ctx.cwd, input))),
    {
      year: options.year,
      stdin: ctx.stdin,
      onFile: (_file: string, index: number, total: number) => bar.update(index + 1, total),
    },
  );
  bar.done();
  for (const reject of corpus.rejects) ctx.stderr.write(`${formatReject(reject)}\n`);
  ctx.stderr.write(`${summarize(corpus)}\n`);
  if (options.strict && corpus.rejects.length > 0) {
    throw new CliError(
      `${corpus.rejects.length} input record(s) rejected and --strict is set; fix the lines above or drop --strict`,
      'REJECTS',
    );
  }
  return corpus;
}
