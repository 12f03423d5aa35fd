// build, query and export through the CLI, on a tiny JSONL corpus written here and on the
// bundled corpus in data/ (the path query between two methods it names: LoRA, quantization).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli';

const PAPERS = [
  {
    id: 'a1',
    title: 'LoRA: Low-Rank Adaptation',
    abstract: 'We propose LoRA for fine-tuning BERT. LoRA reaches 88.5% accuracy on GLUE.',
    date: '2024-04-01',
  },
  {
    id: 'a2',
    title: 'QLoRA: quantized LoRA',
    abstract: 'QLoRA combines LoRA with 4-bit quantization and outperforms LoRA on GLUE.',
    date: '2024-04-02',
  },
  {
    id: 'a3',
    title: 'GPTQ',
    abstract:
      'GPTQ applies post-training quantization to GPT models, evaluated on WikiText-2 with perplexity.',
    date: '2024-04-03',
  },
];

let dir: string;
let bundled: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papergraph-cli-'));
  writeFileSync(join(dir, 'papers.jsonl'), PAPERS.map((p) => JSON.stringify(p)).join('\n') + '\n');
  bundled = join(dir, 'bundled');
  const run = await runCli(['build', join(REPO_ROOT, 'data'), '--out', bundled], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papergraph build', () => {
  it('writes graph.json and graph.gexf, stage timings and a summary', async () => {
    const run = await runCli(['build', 'papers.jsonl', '--out', 'small'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'small/graph.json'))).toBe(true);
    expect(readFileSync(join(dir, 'small/graph.gexf'), 'utf8')).toContain(
      'xmlns="http://gexf.net/1.3"',
    );
    for (const stage of ['read', 'extract', 'link', 'analytics', 'layout', 'export']) {
      expect(run.stderr).toMatch(new RegExp(`^stage ${stage} \\d+ ms`, 'm'));
    }
    expect(run.stderr).toMatch(/^peak rss \d+ MB$/m);
    expect(run.stdout).toContain('3 papers');
  });

  it('writes no preview for a graph small enough to draw whole, and drops a stale one', async () => {
    const out = join(dir, 'stale');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'graph.view.json'), '{"left":"from a larger build"}');
    const run = await runCli(['build', 'papers.jsonl', '--out', 'stale'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
    expect(existsSync(join(out, 'graph.view.json'))).toBe(false);
  });

  it('gives identical bytes on a rebuild, reusing the cache', async () => {
    const first = await runCli(['build', 'papers.jsonl', '--out', 'one'], { cwd: dir });
    const second = await runCli(['build', 'papers.jsonl', '--out', 'two'], { cwd: dir });
    expect(second.stderr).toContain('0 analysed, 3 from cache');
    expect(first.code + second.code).toBe(0);
    for (const file of ['graph.json', 'graph.gexf']) {
      expect(readFileSync(join(dir, 'two', file))).toEqual(readFileSync(join(dir, 'one', file)));
    }
  });

  it('analyses only the papers a grown corpus adds', async () => {
    writeFileSync(
      join(dir, 'more.jsonl'),
      JSON.stringify({ id: 'a4', title: 'Mamba', abstract: 'Mamba is evaluated on ImageNet.' }) +
        '\n',
    );
    const run = await runCli(['build', 'papers.jsonl', 'more.jsonl', '--out', 'grown'], {
      cwd: dir,
    });
    expect(run.stderr).toContain('1 analysed, 3 from cache');
  });
});

describe('papergraph query', () => {
  const graph = () => join(bundled, 'graph.json');

  it('finds paths between two methods of the bundled corpus, with evidence', async () => {
    const run = await runCli([
      'query',
      'path',
      'LoRA',
      'quantization',
      '--graph',
      graph(),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const { paths } = JSON.parse(run.stdout) as {
      paths: {
        nodes: { id: string; kind: string; label: string }[];
        edges: {
          source: string;
          target: string;
          kind: string;
          evidence: { paper: string; sentence: string }[];
        }[];
      }[];
    };
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0]!.id).toBe('method:lora');
      expect(path.nodes.at(-1)!.id).toBe('method:quantization');
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      for (const edge of path.edges) expect(edge.evidence[0]!.sentence.length).toBeGreaterThan(0);
    }
    const text = await runCli(['query', 'path', 'lora', 'Quantization', '--graph', graph()]);
    expect(text.stdout).toMatch(/^Path 1 \(\d hops?\): LoRA \[method\]/);
  });

  it('keeps to the kinds given with --via', async () => {
    const run = await runCli([
      'query',
      'path',
      'LoRA',
      'quantization',
      '--via',
      'dataset,task',
      '--graph',
      graph(),
      '--json',
    ]);
    const { paths } = JSON.parse(run.stdout) as { paths: { nodes: { kind: string }[] }[] };
    for (const path of paths)
      for (const node of path.nodes.slice(1, -1)) expect(['dataset', 'task']).toContain(node.kind);
  });

  it.each([
    { argv: ['neighbors', 'LoRA', '--kind', 'paper'], text: 'paper' },
    { argv: ['papers', 'lora'], text: 'title' },
    { argv: ['leaderboard', 'ImageNet'], text: 'is better' },
    { argv: ['new', '--since', '2024-01-01'], text: 'no dated paper' },
  ])('answers $argv', async ({ argv, text }) => {
    const run = await runCli(['query', ...argv, '--graph', graph()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(text);
  });

  it.each([
    { argv: ['path', 'lorra', 'quantization'], code: 1, text: 'Did you mean: LoRA (method:lora)' },
    { argv: ['neighbors', 'zzzzzzzzzzzzzz'], code: 1, text: 'no node named' },
    { argv: ['leaderboard', 'LoRA'], code: 1, text: 'no dataset named "LoRA"' },
    { argv: ['path', 'LoRA'], code: 2, text: 'takes 2 names' },
    { argv: ['path', 'LoRA', 'BERT', '--via', 'planets'], code: 2, text: '--via takes' },
    { argv: ['frob'], code: 2, text: 'unknown question' },
    { argv: ['new', '--since', 'yesterday'], code: 2, text: '--since takes a date' },
  ])('exits $code for $argv', async ({ argv, code, text }) => {
    const run = await runCli(['query', ...argv, '--graph', graph()]);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(text);
  });

  it('says how to build when there is no graph', async () => {
    const run = await runCli(['query', 'neighbors', 'LoRA', '--graph', join(dir, 'none.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('papergraph build');
  });
});

describe('papergraph export', () => {
  it.each([
    { format: 'gexf', start: '<?xml', has: 'http://gexf.net/1.3/viz' },
    { format: 'graphml', start: '<?xml', has: '<graphml' },
    { format: 'json', start: '{"options"', has: '"nodes"' },
  ])('prints $format', async ({ format, start, has }) => {
    const run = await runCli([
      'export',
      '--format',
      format,
      '--graph',
      join(bundled, 'graph.json'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith(start)).toBe(true);
    expect(run.stdout).toContain(has);
  });

  it('writes the same JSON that build wrote', async () => {
    const out = join(dir, 'copy.json');
    await runCli([
      'export',
      '--format',
      'json',
      '--graph',
      join(bundled, 'graph.json'),
      '--out',
      out,
    ]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(bundled, 'graph.json'), 'utf8'));
  });

  it('writes nodes.csv and edges.csv', async () => {
    const run = await runCli([
      'export',
      '--format',
      'csv',
      '--graph',
      join(bundled, 'graph.json'),
      '--out',
      join(dir, 'csv'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'csv/nodes.csv'), 'utf8').startsWith('id,kind,label,')).toBe(
      true,
    );
    expect(
      readFileSync(join(dir, 'csv/edges.csv'), 'utf8').startsWith('id,source,target,kind,'),
    ).toBe(true);
  });

  it.each([
    { argv: [], text: '--format takes' },
    { argv: ['--format', 'pdf'], text: 'got "pdf"' },
    { argv: ['--format', 'csv'], text: 'pass --out DIR' },
  ])('exits 2 for $argv', async ({ argv, text }) => {
    const run = await runCli(['export', ...argv]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(text);
  });
});

describe('--help', () => {
  it.each(['build', 'query', 'export'])('%s --help', async (name) => {
    const run = await runCli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: papergraph ${name}`);
  });
});
