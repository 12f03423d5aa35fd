// `papergraph build`: read → extract → link → analytics → layout → export, writing
// graph.json and graph.gexf, with each stage's time on stderr and a summary on stdout.
// Incremental: `analyse` results are cached by content (CACHE_DIR), so adding a daily list
// costs the analysis of that list only.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  computeAnalytics,
  gexfChunks,
  jsonChunks,
  layout,
  linkPapers,
  NODE_KINDS,
  needsBudget,
  previewGraph,
  type PaperGraph,
} from '@papergraph/graph';
import { intFlag, parseFlags } from '../args';
import type { Command, CommandContext } from '../command';
import { resolvePath, writeChunks } from '../graph/files';
import { CACHE_DIR, DEFAULT_BUILD_DIR, DEFAULT_INPUTS } from '../paths';
import { extractCached, reportFailures } from '../pipeline/extract-cached';
import { readInputs } from '../pipeline/read';
import { Stages } from '../pipeline/stages';
import { progressBar } from '../progress';

const usage = `Usage: papergraph build [inputs…] [options]

Builds the knowledge graph: reads the inputs, extracts entities (reusing cached results for
papers seen before), links papers and entities, computes communities, centrality and a
layout, and writes graph.json (graphology) and graph.gexf (GEXF 1.3) to the output directory,
plus graph.view.json, the explorer's preview, when the graph is too big to draw whole.
Above 20,000 papers, entities named by one paper only are left out and graph.gexf carries no
abstracts (override with --min-papers 1 / --min-cooccurrence 1).

Inputs: files or directories (read recursively), "-" for stdin. Default: data/

Options:
  --out DIR               output directory (default ${DEFAULT_BUILD_DIR})
  --year YYYY             year of dates written without one ("Apr 3"), to give ISO dates
  --strict                exit 1 if any input record is rejected
  --no-cache              analyse every paper again (the cache is in ${CACHE_DIR})
  --workers N             threads for extraction (default: one per core)
  --seed N                seed of communities and layout (default 1)
  --min-cooccurrence N    keep co-occurrence edges with at least N shared papers
                          (default 1, or 2 above 20,000 papers)
  --min-papers N          keep entities named by at least N papers
                          (default 1, or 2 above 20,000 papers)
  -h, --help              show this help

Stage times ("stage <name> <ms> ms") and peak memory go to stderr.`;

/**
 * Above this many papers, entities and co-occurrences seen in a single paper are left out by
 * default (on 75k abstracts they are 80% of the entities and would double the graph's size),
 * and graph.gexf leaves out the abstracts (graph.json keeps them).
 */
const LARGE_CORPUS = 20_000;

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the graph (graph.json, graph.gexf) from paper lists',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, {
      out: { type: 'string' },
      year: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      workers: { type: 'string' },
      seed: { type: 'string' },
      'min-cooccurrence': { type: 'string' },
      'min-papers': { type: 'string' },
    });
    const year = values.year === undefined ? undefined : intFlag(values.year, 'year', 0);
    const workers =
      values.workers === undefined ? undefined : Math.max(1, intFlag(values.workers, 'workers', 1));
    const seed = intFlag(values.seed, 'seed', 1);
    const outDir = resolvePath(ctx.cwd, values.out ?? DEFAULT_BUILD_DIR);
    const inputs = positionals.length > 0 ? positionals : DEFAULT_INPUTS;
    const stages = new Stages(ctx);

    // Read, extract and link in their own function, so that the records and extracted papers
    // can be collected once the graph exists: analytics, layout and export run with less heap.
    const graph = await readExtractLink(inputs, stages, ctx, {
      year,
      strict: values.strict,
      cacheDir: values['no-cache'] ? undefined : resolvePath(ctx.cwd, CACHE_DIR),
      workers,
      minCooccurrence: optionalCount(values['min-cooccurrence'], 'min-cooccurrence'),
      minPapers: optionalCount(values['min-papers'], 'min-papers'),
    });
    await stages.run('analytics', () => computeAnalytics.assign(graph, { seed }));
    await stages.run('layout', () => layout.assign(graph, { seed }));
    const files = await stages.run(
      'export',
      async () => {
        const json = join(outDir, 'graph.json');
        const gexf = join(outDir, 'graph.gexf');
        const sizes = [
          await writeChunks(json, jsonChunks(graph)),
          await writeChunks(
            gexf,
            gexfChunks(graph, { abstracts: paperCount(graph) <= LARGE_CORPUS }),
          ),
        ];
        // A graph too big to draw whole ships the explorer's preview beside it; a smaller
        // rebuild removes a preview left from an earlier, larger one.
        const view = join(outDir, 'graph.view.json');
        if (needsBudget(graph))
          sizes.push(await writeChunks(view, jsonChunks(previewGraph(graph))));
        else await rm(view, { force: true });
        return { json, gexf, sizes };
      },
      (f) =>
        `graph.json ${mb(f.sizes[0]!)}, graph.gexf ${mb(f.sizes[1]!)}` +
        (f.sizes[2] === undefined ? '' : `, graph.view.json ${mb(f.sizes[2])}`),
    );
    stages.finish();
    ctx.stdout.write(`${summary(graph)}\nWrote ${files.json}\n      ${files.gexf}\n`);
    return 0;
  },
};

interface Settings {
  year: number | undefined;
  strict: boolean;
  cacheDir: string | undefined;
  workers: number | undefined;
  minCooccurrence: number | undefined;
  minPapers: number | undefined;
}

/** A flag of at least 1, or undefined when not given (then the corpus size decides). */
function optionalCount(value: string | undefined, flag: string): number | undefined {
  return value === undefined ? undefined : Math.max(1, intFlag(value, flag, 1));
}

async function readExtractLink(
  inputs: string[],
  stages: Stages,
  ctx: CommandContext,
  settings: Settings,
): Promise<PaperGraph> {
  const corpus = await stages.run(
    'read',
    () => readInputs(inputs, { year: settings.year, strict: settings.strict }, ctx),
    (c) => `${c.papers.length} papers`,
  );
  const bar = progressBar(ctx, 'extracting');
  const extracted = await stages.run(
    'extract',
    () =>
      extractCached(corpus.papers, {
        cacheDir: settings.cacheDir,
        workers: settings.workers,
        onProgress: (done, total) => bar.update(done, total),
      }),
    (e) =>
      `${e.analysed} analysed, ${e.cached} from cache${e.failures.length > 0 ? `, ${e.failures.length} failed` : ''}`,
  );
  bar.done();
  reportFailures(extracted.failures, ctx);
  const large = extracted.papers.length > LARGE_CORPUS;
  const minCooccurrence = settings.minCooccurrence ?? (large ? 2 : 1);
  const minPapers = settings.minPapers ?? (large ? 2 : 1);
  return stages.run(
    'link',
    () => linkPapers(extracted.papers, { minCooccurrence, minPapers }),
    (g) => `${g.order} nodes, ${g.size} edges`,
  );
}

function paperCount(graph: PaperGraph): number {
  return graph.filterNodes((_id, a) => a.kind === 'paper').length;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function summary(graph: PaperGraph): string {
  const counts = new Map<string, number>(NODE_KINDS.map((k) => [k, 0]));
  graph.forEachNode((_id, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  const edges = new Map<string, number>();
  graph.forEachEdge((_key, a) => edges.set(a.kind, (edges.get(a.kind) ?? 0) + 1));
  const nodeText = NODE_KINDS.map(
    (k) => `${counts.get(k)} ${k === 'paper' ? 'papers' : `${k}s`}`,
  ).join(', ');
  const edgeText = [...edges].map(([k, n]) => `${n} ${k}`).join(', ');
  return `Graph: ${graph.order} nodes (${nodeText}); ${graph.size} edges (${edgeText})`;
}
