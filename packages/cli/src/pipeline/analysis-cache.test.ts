import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAILED_PREFIX, analyseOne } from './analyse-one';
import { AnalysisCache, textHash } from './analysis-cache';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const EMPTY = { entities: [], relations: [], results: [] };

describe('AnalysisCache', () => {
  it('keeps what a build added for the next build of the same version only', async () => {
    const root = tempDir();
    const cache = await AnalysisCache.open(root, 'v1');
    cache.addJSON('h1', JSON.stringify(EMPTY));
    await cache.save();
    expect((await AnalysisCache.open(root, 'v1')).get('h1')).toEqual(EMPTY);
    expect((await AnalysisCache.open(root, 'v2')).get('h1')).toBeUndefined();
  });

  it('compacts many segments into one', async () => {
    const root = tempDir();
    for (let i = 0; i < 10; i++) {
      const cache = await AnalysisCache.open(root, 'v1');
      cache.addJSON(`h${i}`, JSON.stringify(EMPTY));
      await cache.save();
    }
    const reopened = await AnalysisCache.open(root, 'v1');
    expect(reopened.size).toBe(10);
    expect(readdirSync(join(root, 'analyse-v1')).length).toBeLessThanOrEqual(8);
  });

  it('keys papers by title and abstract', () => {
    expect(textHash({ title: 'a', abstract: 'bc' })).not.toBe(
      textHash({ title: 'ab', abstract: 'c' }),
    );
    expect(textHash({ title: 'a', abstract: 'b' })).toBe(textHash({ title: 'a', abstract: 'b' }));
  });
});

describe('analyseOne', () => {
  it('returns the analysis as JSON, or a marked error when the extractor throws', () => {
    const paper = { title: 't', abstract: 'a' };
    expect(analyseOne(() => EMPTY, paper)).toBe(JSON.stringify(EMPTY));
    expect(
      analyseOne(() => {
        throw new Error('boom');
      }, paper),
    ).toBe(`${FAILED_PREFIX}boom`);
  });
});
