import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyse } from '../src/index';
const lines = gunzipSync(readFileSync('/work/shared/bench-corpus/abstracts.jsonl.gz'))
  .toString('utf8')
  .split('\n')
  .slice(0, 3000)
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { title: string; abstract: string });
for (const p of lines.slice(0, 300)) analyse(p);
const c0 = process.cpuUsage();
const t = performance.now();
for (const p of lines) analyse(p);
const c = process.cpuUsage(c0);
console.log(
  'wall ms/abstract',
  ((performance.now() - t) / lines.length).toFixed(3),
  'cpu ms/abstract',
  ((c.user + c.system) / 1000 / lines.length).toFixed(3),
);
