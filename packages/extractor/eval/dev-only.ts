// Tuning wrapper: runs `eval/index.ts --json` and prints only the dev split and
// the public sets, so work can be judged without seeing test figures.
// Usage: `pnpm --filter @papergraph/extractor exec tsx eval/dev-only.ts`.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
interface Report {
  splits: Record<string, { types: Record<string, Prf>; overall: Prf }>;
  publicSets: Record<string, { types: Record<string, Prf>; overall: Prf }>;
}

const here = dirname(fileURLToPath(import.meta.url));
const out = execFileSync('npx', ['tsx', join(here, 'index.ts'), '--json'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const report = JSON.parse(out.slice(out.indexOf('{'))) as Report;
const f = (x: Prf | undefined): string =>
  x === undefined ? '-' : `${x.precision.toFixed(3)}/${x.recall.toFixed(3)}/${x.f1.toFixed(3)}`;
const dev = report.splits['dev'];
if (dev !== undefined) {
  const t = Object.entries(dev.types).map(([k, v]) => `${k} ${f(v)}`);
  console.log(`dev    overall ${f(dev.overall)} | ${t.join(' | ')}`);
}
for (const [name, set] of Object.entries(report.publicSets)) {
  const t = Object.entries(set.types).map(([k, v]) => `${k} ${f(v)}`);
  console.log(`${name.padEnd(6)} overall ${f(set.overall)} | ${t.join(' | ')}`);
}
