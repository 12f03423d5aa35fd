// `pnpm bench` (extractor): extraction throughput in abstracts per CPU-second
// (user + system, `process.cpuUsage`) on the first 20,000 abstracts of
// ../shared/bench-corpus, side by side in one run with two reference points:
// compromise's full tagger (`nlp(text).nouns()`, on a sample: it is slow) and
// wink-nlp's sbd+pos+ner pipeline (all 20,000).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyse, resolve } from '../src/index';
import type { PaperAnalysis } from '../src/index';
import type { PaperText } from '../src/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = join(root, '../shared/bench-corpus/abstracts.jsonl.gz');
const args = process.argv.slice(2);
const limitArg = args.indexOf('--limit');
const LIMIT = limitArg >= 0 ? Number(args[limitArg + 1]) : 20_000;
const COMPROMISE_SAMPLE = 1_000;

function readAbstracts(limit: number): PaperText[] {
  const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n');
  const out: PaperText[] = [];
  for (const line of lines) {
    if (out.length >= limit) break;
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { title: string; abstract: string };
    out.push({ title: row.title, abstract: row.abstract });
  }
  return out;
}

/** CPU seconds (user + system) spent in `fn`. */
function cpu<T>(fn: () => T): { value: T; seconds: number } {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return { value, seconds: (used.user + used.system) / 1e6 };
}

function line(label: string, n: number, seconds: number, extra = ''): string {
  const rate = n / seconds;
  return `  ${label.padEnd(44)} ${String(n).padStart(6)} abstracts  ${seconds.toFixed(2).padStart(7)} CPU-s  ${rate.toFixed(0).padStart(7)} abstracts/CPU-s${extra}`;
}

const papers = readAbstracts(LIMIT);
const chars = papers.reduce((n, p) => n + p.abstract.length, 0);
console.log(
  `extractor bench — ${papers.length} abstracts (${(chars / 1e6).toFixed(1)}M chars) from bench-corpus, one thread`,
);

// Warm-up: lexicon compilation and JIT, outside the measured runs.
for (const p of papers.slice(0, 200)) analyse(p);

const ours = cpu(() => papers.map((p) => analyse(p)));
const analyses: PaperAnalysis[] = ours.value;
const resolved = cpu(() => resolve(analyses));
const entities = resolved.value.reduce((n, x) => n + x.entities.length, 0);
const relations = resolved.value.reduce((n, x) => n + x.relations.length, 0);
const results = resolved.value.reduce((n, x) => n + x.results.length, 0);
console.log(line('papergraph analyse', papers.length, ours.seconds));
console.log(line('papergraph resolve (corpus pass)', papers.length, resolved.seconds));
console.log(line('papergraph analyse + resolve', papers.length, ours.seconds + resolved.seconds));
console.log(
  `    per abstract: ${(entities / papers.length).toFixed(2)} entities, ${(relations / papers.length).toFixed(2)} relations, ${(results / papers.length).toFixed(3)} results`,
);

const sample = papers.slice(0, COMPROMISE_SAMPLE);
const comp = cpu(() => sample.map((p) => nlp(p.abstract).nouns().out('array') as string[]));
console.log(
  line(`compromise nlp(text).nouns() (sample of ${sample.length})`, sample.length, comp.seconds),
);

const wink = winkNLP(model, ['sbd', 'pos', 'ner']);
// The same warm-up for the reference.
for (const p of papers.slice(0, 200)) wink.readDoc(p.abstract).entities().length();
const winkRun = cpu(() => papers.map((p) => wink.readDoc(p.abstract).entities().length()));
console.log(line('wink-nlp sbd+pos+ner (wink-eng-lite-web-model)', papers.length, winkRun.seconds));

const speedup =
  papers.length / (ours.seconds + resolved.seconds) / (papers.length / winkRun.seconds);
console.log(`  papergraph (analyse + resolve) vs wink-nlp: ${speedup.toFixed(2)}x per CPU-second`);
