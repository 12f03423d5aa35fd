// The graph of the 75k bench corpus for the explorer bench: built once with
// `papergraph build` into .papergraph/bench-75k/ and reused (delete the folder to rebuild).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { REPO_DIR } from '../e2e/harness';

export const BENCH_CORPUS = '/work/shared/bench-corpus/abstracts.jsonl.gz';

export function buildBenchGraph(out: string): string | null {
  const file = join(out, 'graph.json');
  if (existsSync(file)) return file;
  if (!existsSync(BENCH_CORPUS)) return null;
  // Decompressed first: `papergraph build` reads text files.
  mkdirSync(out, { recursive: true });
  const input = join(out, 'abstracts.jsonl');
  if (!existsSync(input)) writeFileSync(input, gunzipSync(readFileSync(BENCH_CORPUS)));
  console.log(`building the 75k graph into ${out} (once) …`);
  const started = Date.now();
  const built = spawnSync('pnpm', ['-s', 'papergraph', 'build', input, '--out', out], {
    cwd: REPO_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  console.log(`… ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return built.status === 0 && existsSync(file) ? file : null;
}
