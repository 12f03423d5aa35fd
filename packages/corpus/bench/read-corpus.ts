// `pnpm bench` for the corpus readers: reads the bundled data/ directory, then a synthetic
// JSON Lines file of 75,000 abstracts (~100 MB, the large corpus the CLI must handle), and
// prints time, throughput and memory next to a baseline that only splits lines and runs
// JSON.parse on each (the floor any JSONL reader pays). Figures, not assertions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../src/index';
import { readCorpus, summarize } from '../src/node/index';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 75_000);
const DATA = fileURLToPath(new URL('../../../data', import.meta.url));

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** Deterministic abstracts of ~1,300 characters, like the bundled ones; 1 in 7 titles repeats. */
function syntheticJsonl(count: number): string {
  const words =
    'we propose a transformer model evaluated on imagenet with top-1 accuracy and lora fine-tuning for speech recognition tasks'.split(
      ' ',
    );
  const lines: string[] = [];
  let seed = 42;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < count; i++) {
    const abstract = Array.from({ length: 190 }, () => words[next() % words.length]).join(' ');
    const n = i % 7 === 6 ? i - 1 : i;
    lines.push(
      JSON.stringify({
        id: `2401.${String(n).padStart(5, '0')}`,
        title: `Paper number ${n}: a study`,
        abstract: `${abstract}.`,
        date: '2024-01-02',
        authors: ['A. Author', 'B. Author'],
      }),
    );
  }
  return lines.join('\n') + '\n';
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const [bundled, bundledMs] = await timeAsync(() => readCorpus([DATA]));
console.log(
  `corpus: bundled data/ (5 lists)      ${bundledMs.toFixed(0)} ms   ${summarize(bundled)}`,
);

const text = syntheticJsonl(RECORDS);
const dir = mkdtempSync(join(tmpdir(), 'papergraph-bench-'));
const file = join(dir, 'large.jsonl');
writeFileSync(file, text);
try {
  const [baseline, baselineMs] = time(() =>
    text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown),
  );
  const [parsed, parseMs] = time(() => parseFile(text, file));
  const rssBefore = process.memoryUsage().rss;
  const [corpus, readMs] = await timeAsync(() => readCorpus([file]));
  const rssAfter = process.memoryUsage().rss;
  const rate = (n: number, ms: number): string =>
    `${Math.round((n / ms) * 1000).toLocaleString('en')} records/s`;
  console.log(`corpus: ${RECORDS.toLocaleString('en')} JSONL records, ${mb(text.length)}`);
  console.log(
    `  baseline split + JSON.parse       ${baselineMs.toFixed(0)} ms   ${rate(baseline.length, baselineMs)}`,
  );
  console.log(
    `  parseFile (jsonl)                 ${parseMs.toFixed(0)} ms   ${rate(parsed.records.length, parseMs)}`,
  );
  console.log(
    `  readCorpus (read + parse + merge) ${readMs.toFixed(0)} ms   ${rate(RECORDS, readMs)}   ${summarize(corpus)}`,
  );
  console.log(`  rss ${mb(rssBefore)} → ${mb(rssAfter)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
