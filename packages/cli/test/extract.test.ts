// `papergraph extract` on the bundled corpus and on small inputs: the JSON Lines contract of
// PRODUCT.md (one object per unique paper, valid offsets, rejects reported and counted).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedPaper } from '@papergraph/graph';
import { runCli, type CliRun } from './run-cli';

const ENTITY_TYPES = new Set(['method', 'dataset', 'metric', 'task']);

function lines(run: CliRun): ExtractedPaper[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as ExtractedPaper);
}

describe('papergraph extract data', () => {
  let run: CliRun;
  let papers: ExtractedPaper[];
  beforeAll(async () => {
    run = await runCli(['extract', 'data']);
    papers = lines(run);
  }, 120_000);

  it('prints one line per unique paper of the five bundled lists', () => {
    // 548 title/abstract pairs in data/*.txt, 86 of them repeats of an earlier title.
    expect(run.code).toBe(0);
    expect(papers).toHaveLength(462);
    expect(new Set(papers.map((p) => p.id)).size).toBe(462);
    expect(run.stderr).toContain('462 papers, 86 duplicates merged, 0 rejected');
  });

  it('keeps every appearance of a paper listed on several days', () => {
    const paper = papers.find((p) => p.title === 'Efficient Controllable Multi-Task Architectures');
    expect(paper?.appearances).toHaveLength(3);
  });

  it('gives no invented ISO date for lists written without a year', () => {
    const first = papers[0]!;
    expect(first.title).toBe('Zipper: A Multi-Tower Decoder Architecture for Fusing Modalities');
    expect(first.date).toBeNull();
    expect(first.dateText).toBe('Apr 3');
  });

  it('finds entities of all four types, and every mention slices to its text', () => {
    const types = new Set<string>();
    let mentions = 0;
    for (const paper of papers) {
      for (const entity of paper.entities) {
        expect(ENTITY_TYPES.has(entity.type)).toBe(true);
        expect(entity.id.startsWith(`${entity.type}:`)).toBe(true);
        types.add(entity.type);
        for (const m of entity.mentions) {
          mentions++;
          expect(paper[m.field].slice(m.start, m.end)).toBe(m.text);
        }
      }
    }
    expect(types).toEqual(ENTITY_TYPES);
    expect(mentions).toBeGreaterThan(462);
  });

  it('gives the same entity id across papers', () => {
    const papersPerEntity = new Map<string, number>();
    for (const paper of papers) {
      for (const entity of paper.entities) {
        papersPerEntity.set(entity.id, (papersPerEntity.get(entity.id) ?? 0) + 1);
      }
    }
    expect(Math.max(...papersPerEntity.values())).toBeGreaterThan(10);
  });
});

describe('papergraph extract on small inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-extract-'));
  const good = join(dir, 'good.jsonl');
  writeFileSync(
    good,
    [
      JSON.stringify({ id: '2401.00001', title: 'A', abstract: 'We train ResNet-50 on ImageNet.' }),
      '{"title": broken',
      JSON.stringify({ id: '2401.00002', title: 'No abstract' }),
    ].join('\n') + '\n',
  );

  it('reports each reject as file:line and carries on', async () => {
    const run = await runCli(['extract', good]);
    expect(run.code).toBe(0);
    expect(lines(run).map((p) => p.id)).toEqual(['2401.00001']);
    expect(run.stderr).toContain(`${good}:2:`);
    expect(run.stderr).toContain(`${good}:3:`);
    expect(run.stderr).toMatch(/\b1 papers?, 0 duplicates merged, 2 rejected/);
  });

  it('fails with --strict when anything is rejected', async () => {
    const run = await runCli(['extract', '--strict', good]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('reads stdin for "-" and keeps the input id exactly', async () => {
    const run = await runCli(['extract', '-'], {
      stdin: JSON.stringify({ id: 'doi:10.1/X Y', title: 'T', abstract: 'BERT on GLUE.' }) + '\n',
    });
    expect(run.code).toBe(0);
    expect(lines(run)[0]?.id).toBe('doi:10.1/X Y');
  });

  it('rejects a missing input path without losing the others', async () => {
    const run = await runCli(['extract', join(dir, 'nope.jsonl'), good]);
    expect(run.stderr).toContain('nope.jsonl');
    expect(lines(run)).toHaveLength(1);
  });
});
