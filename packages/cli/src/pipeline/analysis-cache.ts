// The extraction cache behind incremental builds: `analyse` results (the per-paper, costly
// half of the extractor) keyed by a content hash of title + abstract, under a directory named
// after a hash of the extractor's own source, so any change to the extractor starts afresh.
// Stored as append-only segments of lines `hash<TAB>analysis-json`; a build adds one segment
// with what it analysed, and many small segments are compacted into one.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaperAnalysis, PaperText } from '@papergraph/extractor';

const EXTRACTOR_SRC = fileURLToPath(new URL('../../../extractor/src/', import.meta.url));
const MAX_SEGMENTS = 8;

/** Content key of one paper's text. */
export function textHash(paper: PaperText): string {
  return createHash('sha1')
    .update(paper.title)
    .update('\u0000')
    .update(paper.abstract)
    .digest('hex');
}

/** A hash of every file of the extractor's source: the cache's version. */
export async function extractorVersion(dir = EXTRACTOR_SRC): Promise<string> {
  const hash = createHash('sha1');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash
      .update(file.slice(dir.length))
      .update('\u0000')
      .update(await readFile(file))
      .update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}

export class AnalysisCache {
  private readonly lines = new Map<string, string>();
  private readonly added: string[] = [];
  private segments: string[] = [];

  private constructor(readonly dir: string) {}

  /** Opens (and reads) the cache for one extractor version under `root`. */
  static async open(root: string, version: string): Promise<AnalysisCache> {
    const cache = new AnalysisCache(join(root, `analyse-${version}`));
    await mkdir(cache.dir, { recursive: true });
    cache.segments = (await readdir(cache.dir)).filter((name) => name.endsWith('.tsv')).sort();
    for (const name of cache.segments) {
      const text = await readFile(join(cache.dir, name), 'utf8');
      let at = 0;
      while (at < text.length) {
        const end = text.indexOf('\n', at);
        const line = text.slice(at, end < 0 ? text.length : end);
        at = end < 0 ? text.length : end + 1;
        const tab = line.indexOf('\t');
        if (tab > 0) cache.lines.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
    return cache;
  }

  get size(): number {
    return this.lines.size;
  }

  /** The cached analysis, parsed, or undefined. A damaged line counts as a miss. */
  get(hash: string): PaperAnalysis | undefined {
    const json = this.lines.get(hash);
    if (json === undefined) return undefined;
    try {
      return JSON.parse(json) as PaperAnalysis;
    } catch {
      this.lines.delete(hash);
      return undefined;
    }
  }

  /** Adds an analysis given as its JSON text (what the workers send back). */
  addJSON(hash: string, json: string): void {
    if (this.lines.has(hash)) return;
    this.lines.set(hash, json);
    this.added.push(hash);
  }

  /** Writes what was added since `open` as a new segment; compacts when segments pile up. */
  async save(): Promise<void> {
    if (this.added.length === 0) return;
    const compact = this.segments.length + 1 > MAX_SEGMENTS;
    const hashes = compact ? [...this.lines.keys()] : this.added;
    const body = hashes.map((hash) => `${hash}\t${this.lines.get(hash)}\n`).join('');
    const name = `${createHash('sha1').update(hashes.join('\n')).digest('hex').slice(0, 16)}.tsv`;
    const tmp = join(this.dir, `${name}.tmp-${process.pid}`);
    await writeFile(tmp, body);
    await rename(tmp, join(this.dir, name));
    if (compact) {
      for (const old of this.segments)
        if (old !== name) await rm(join(this.dir, old), { force: true });
      this.segments = [name];
    } else {
      this.segments.push(name);
    }
    this.added.length = 0;
  }
}
