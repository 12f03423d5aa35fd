// `papergraph extract`: JSON Lines on stdout, one object per unique paper (PRODUCT.md contract).
import { parseFlags, intFlag } from '../args';
import type { Command } from '../command';
import { CACHE_DIR, DEFAULT_INPUTS } from '../paths';
import { resolvePath } from '../graph/files';
import { extractCached, reportFailures } from '../pipeline/extract-cached';
import { readInputs } from '../pipeline/read';
import { progressBar } from '../progress';

const usage = `Usage: papergraph extract [inputs…] [options]

Reads paper titles and abstracts and prints, for each unique paper in input order, one JSON
object with its entities (methods, datasets, metrics, tasks), relations and results.

Inputs: files or directories (read recursively), "-" for stdin. Default: data/
Formats: daily-list text, JSON, JSONL, CSV, BibTeX, arXiv Atom XML (detected).

Options:
  --year YYYY   year of dates written without one ("Apr 3"), to give ISO dates
  --strict      exit 1 if any input record is rejected
  -h, --help    show this help

Rejected records go to stderr as "file:line: reason", then a summary line.`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print entities, relations and results of each paper as JSON Lines',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, {
      year: { type: 'string' },
      strict: { type: 'boolean', default: false },
    });
    const year = values.year === undefined ? undefined : intFlag(values.year, 'year', 0);
    const corpus = await readInputs(
      positionals.length > 0 ? positionals : DEFAULT_INPUTS,
      { year, strict: values.strict },
      ctx,
    );
    const bar = progressBar(ctx, 'extracting');
    // The same path as `papergraph build`: cached by content, analysed across cores.
    const { papers, failures } = await extractCached(corpus.papers, {
      cacheDir: resolvePath(ctx.cwd, CACHE_DIR),
      onProgress: (d, t) => bar.update(d, t),
    });
    bar.done();
    reportFailures(failures, ctx);
    for (const paper of papers) ctx.stdout.write(JSON.stringify(paper) + '\n');
    return 0;
  },
};
