// `pnpm bench` for the graph: runs the real `papergraph build` as a child process and prints
// its stage times (read, extract, link, analytics, layout, export), wall time and peak RSS for
//   1. the bundled corpus (data/), cold cache and warm;
//   2. the 74,722-abstract bench corpus minus its last daily list, cold cache;
//   3. the same after adding that last daily list (the incremental rebuild).
// Also a baseline in the same run: graphology's ForceAtlas2 over every node of the bundled
// graph, against the core-first layout that the build uses.
// Targets (75k, 2 cores): build ≤ 90 s, peak RSS ≤ 3 GB, +1 daily list ≤ 5 s. Printed, not asserted.
//   pnpm --filter @papergraph/graph bench            everything
//   pnpm --filter @papergraph/graph bench -- --small only the bundled corpus
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { fromJSON, layout, LAYOUT_DEFAULTS } from '../src/index';
import { dailyLists } from './corpus';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(REPO, 'packages/cli/src/bin.ts');
const WORK = join(REPO, '.papergraph/bench');
const STAGES = ['read', 'extract', 'link', 'analytics', 'layout', 'export'] as const;

interface Run {
  label: string;
  stages: Map<string, number>;
  details: Map<string, string>;
  wallMs: number;
  peakMB: number;
}

async function build(label: string, inputs: string[], cwd: string, out: string): Promise<Run> {
  await mkdir(cwd, { recursive: true });
  const start = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', BIN, 'build', ...inputs, '--out', out],
    {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const wallMs = performance.now() - start;
  if (code !== 0) throw new Error(`bench: papergraph build (${label}) exited ${code}:\n${stderr}`);
  const stages = new Map<string, number>();
  const details = new Map<string, string>();
  for (const m of stderr.matchAll(/^stage (\w+) (\d+) ms(?: {2}(.*))?$/gm)) {
    stages.set(m[1]!, Number(m[2]));
    if (m[3]) details.set(m[1]!, m[3]);
  }
  const peakMB = Number(/^peak rss (\d+) MB$/m.exec(stderr)?.[1] ?? NaN);
  return { label, stages, details, wallMs, peakMB };
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '–' : (ms / 1000).toFixed(2);
}

function print(runs: Run[]): void {
  const header = ['run', ...STAGES, 'stages', 'wall', 'peak RSS'];
  const rows = runs.map((r) => [
    r.label,
    ...STAGES.map((s) => seconds(r.stages.get(s))),
    seconds(r.stages.get('total')),
    seconds(r.wallMs),
    `${r.peakMB} MB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    '(seconds; "stages" is the sum of the stage times, "wall" includes Node and tsx start-up)',
  );
  for (const r of runs) {
    const d = [...r.details].map(([k, v]) => `${k}: ${v}`).join('; ');
    console.log(`  ${r.label}: ${d}`);
  }
}

/**
 * Baseline in the same run: graphology's ForceAtlas2 (Barnes–Hut) over every node of the built
 * graph, against the core-first layout the build uses. On the large graph the baseline runs a
 * few iterations and is extrapolated to as many as the build's layout runs (said so in the output).
 */
async function layoutBaseline(
  label: string,
  graphFile: string,
  baselineIterations: number,
): Promise<void> {
  const graph = fromJSON(await readFile(graphFile, 'utf8'));
  const iterations = LAYOUT_DEFAULTS.iterations;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  forceAtlas2(graph, { iterations: 1, settings }); // warm-up, for both
  let start = performance.now();
  forceAtlas2(graph, { iterations: baselineIterations, settings });
  const naive = ((performance.now() - start) * iterations) / baselineIterations;
  start = performance.now();
  layout(graph);
  const ours = performance.now() - start;
  const how = baselineIterations === iterations ? '' : ` (${baselineIterations} run, extrapolated)`;
  console.log(
    `layout, ${label} (${graph.order} nodes, ${graph.size} edges): core-first layout ${seconds(ours)} s; ` +
      `baseline ForceAtlas2 on every node, ${iterations} iterations${how}, ${seconds(naive)} s`,
  );
}

const small = process.argv.includes('--small');
console.log(
  `papergraph build bench — ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, node ${process.version}`,
);
const runs: Run[] = [];
const bundledDir = join(WORK, 'bundled');
await rm(bundledDir, { recursive: true, force: true });
runs.push(await build('bundled, cold cache', [join(REPO, 'data')], bundledDir, 'out'));
runs.push(await build('bundled, warm cache', [join(REPO, 'data')], bundledDir, 'out'));
if (!small) {
  const lists = await dailyLists(WORK);
  const files = lists.files.map((f) => join(lists.dir, f));
  const bigDir = join(WORK, 'large');
  await rm(bigDir, { recursive: true, force: true });
  runs.push(
    await build(
      `75k minus last list (${files.length - 1} lists), cold`,
      files.slice(0, -1),
      bigDir,
      'out',
    ),
  );
  runs.push(await build(`75k: + last list (${lists.files.at(-1)})`, files, bigDir, 'out'));
}
print(runs);
await layoutBaseline(
  'bundled graph',
  join(bundledDir, 'out/graph.json'),
  LAYOUT_DEFAULTS.iterations,
);
if (!small) await layoutBaseline('75k graph', join(WORK, 'large/out/graph.json'), 5);
console.log(
  'targets for the 75k corpus: build ≤ 90 s, peak RSS ≤ 3 GB, rebuild after adding one daily list ≤ 5 s',
);
