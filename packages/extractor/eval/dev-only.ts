// Tuning wrapper: runs `eval/index.ts --json` and prints only the dev split
// (all of it, then each dev gold file) and the public sets, so work can be
// judged without seeing test figures.
// Usage: `pnpm --filter @papergraph/extractor exec tsx eval/dev-only.ts [--errors dev-b]
// [--hold-out dev-t,dev-u]`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  predicted?: number;
  gold?: number;
}
interface Relations {
  papers: number;
  types: Record<string, Prf>;
  overall: Prf;
  reachable: number;
  byRule: Record<string, { predicted: number; correct: number }>;
}
interface Report {
  splits: Record<
    string,
    { types: Record<string, Prf>; overall: Prf; results: Prf; relations: Relations }
  >;
  devFiles: Record<
    string,
    { papers: number; types: Record<string, Prf>; overall: Prf; results: Prf; relations: Relations }
  >;
  publicSets: Record<string, { types: Record<string, Prf>; overall: Prf }>;
}

const here = dirname(fileURLToPath(import.meta.url));
// `--errors dev-b` is passed through: the misses of that dev file are printed
// before the JSON (test is never listed by index.ts).
const errorsArgs = process.argv.includes('--errors')
  ? ['--errors', process.argv[process.argv.indexOf('--errors') + 1] ?? 'dev']
  : [];
// `--hold-out dev-t,dev-u` is passed through too: those files are left out of every figure.
const holdOutArgs = process.argv.includes('--hold-out')
  ? ['--hold-out', process.argv[process.argv.indexOf('--hold-out') + 1] ?? '']
  : [];
// index.ts's own errors (a held-out file asked for by --errors) go to stderr as they are.
const run = spawnSync(
  'npx',
  ['tsx', join(here, 'index.ts'), '--json', ...errorsArgs, ...holdOutArgs],
  {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
if (run.status !== 0) process.exit(run.status ?? 1);
const out = run.stdout;
const jsonStart = out.indexOf('\n{') + 1;
if (errorsArgs.length > 0) console.log(out.slice(0, jsonStart));
const report = JSON.parse(out.slice(jsonStart)) as Report;
const f = (x: Prf | undefined): string =>
  x === undefined ? '-' : `${x.precision.toFixed(3)}/${x.recall.toFixed(3)}/${x.f1.toFixed(3)}`;
const dev = report.splits['dev'];
if (dev !== undefined) {
  const t = Object.entries(dev.types).map(([k, v]) => `${k} ${f(v)}`);
  console.log(`dev    overall ${f(dev.overall)} | ${t.join(' | ')}`);
}
// Each dev gold file alone: dev-b, dev-c … were annotated after the rules were
// tuned on dev, so they are the fairest in-domain signal of generalisation.
for (const [name, set] of Object.entries(report.devFiles)) {
  const t = Object.entries(set.types).map(([k, v]) => `${k} ${f(v)}`);
  console.log(`  ${name.padEnd(6)} (${set.papers}) ${f(set.overall)} | ${t.join(' | ')}`);
}
// Result tuples (method, dataset, metric, value): the whole dev split, then each file.
const r = (x: Prf): string => `${f(x)} (pred ${x.predicted ?? '?'}, gold ${x.gold ?? '?'})`;
if (dev !== undefined) console.log(`results dev    ${r(dev.results)}`);
for (const [name, set] of Object.entries(report.devFiles))
  if ((set.results.gold ?? 0) + (set.results.predicted ?? 0) > 0)
    console.log(`  results ${name.padEnd(6)} ${r(set.results)}`);
// Relations, on the dev files with relation gold: overall and per type, then each file.
const rel = (x: Relations): string =>
  `${r(x.overall)} [both entities found for ${x.reachable}] | ` +
  Object.entries(x.types)
    .map(([k, v]) => `${k} ${v.f1.toFixed(3)}`)
    .join(' ');
if (dev !== undefined && dev.relations.papers > 0)
  console.log(`relations dev (${dev.relations.papers}) ${rel(dev.relations)}`);
// Each relation rule's precision over the dev files with relation gold (held-out ones left out).
if (dev !== undefined && dev.relations.papers > 0) {
  const rules = Object.entries(dev.relations.byRule).sort(([a], [b]) => a.localeCompare(b));
  const share = (c: { predicted: number; correct: number }): string =>
    `${c.correct}/${c.predicted} (${(c.correct / Math.max(1, c.predicted)).toFixed(2)})`;
  console.log(
    `  relation rules, right/predicted: ${rules.map(([k, c]) => `${k} ${share(c)}`).join(' · ')}`,
  );
}
for (const [name, set] of Object.entries(report.devFiles))
  if (set.relations.papers > 0)
    console.log(`  relations ${name.padEnd(6)} (${set.relations.papers}) ${rel(set.relations)}`);
for (const [name, set] of Object.entries(report.publicSets)) {
  const t = Object.entries(set.types).map(([k, v]) => `${k} ${f(v)}`);
  console.log(`${name.padEnd(6)} overall ${f(set.overall)} | ${t.join(' | ')}`);
}
