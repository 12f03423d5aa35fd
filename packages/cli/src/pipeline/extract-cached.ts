// Step 2 of `papergraph build`: records → extracted papers, reusing earlier work. `analyse`
// (per paper, costly) is looked up in the content-keyed cache and run, across cores, only for
// papers not seen before; `resolve` (corpus level, cheap) runs over all of them every time.
import type { PaperRecord } from '@papergraph/corpus';
import { resolve, type PaperAnalysis } from '@papergraph/extractor';
import { toExtractedPaper, type ExtractedPaper } from '@papergraph/graph';
import type { CommandContext } from '../command';
import { AnalysisCache, extractorVersion, textHash } from './analysis-cache';
import { FAILED_PREFIX } from './analyse-one';
import { analyseAll } from './analyse-pool';

export interface CachedExtractOptions {
  /** Cache root (CACHE_DIR); undefined disables the cache. */
  cacheDir?: string;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CachedExtract {
  papers: ExtractedPaper[];
  /** Papers analysed in this run. */
  analysed: number;
  /** Papers whose analysis came from the cache. */
  cached: number;
  /** Papers the extractor threw on: kept in the graph without entities, not cached. */
  failures: ExtractFailure[];
}

export interface ExtractFailure {
  file: string;
  line: number;
  id: string;
  error: string;
}

export async function extractCached(
  records: PaperRecord[],
  options: CachedExtractOptions = {},
): Promise<CachedExtract> {
  const cache =
    options.cacheDir === undefined
      ? undefined
      : await AnalysisCache.open(options.cacheDir, await extractorVersion());
  const hashes = records.map((record) => textHash(record));
  const analyses: (PaperAnalysis | undefined)[] = hashes.map((hash) => cache?.get(hash));
  const missing = records.flatMap((record, i) => (analyses[i] === undefined ? [i] : []));
  const fresh = await analyseAll(
    missing.map((i) => records[i]!),
    { workers: options.workers, onProgress: options.onProgress },
  );
  const failures: ExtractFailure[] = [];
  missing.forEach((index, k) => {
    const json = fresh[k]!;
    if (json.startsWith(FAILED_PREFIX)) {
      const record = records[index]!;
      failures.push({
        file: record.source.file,
        line: record.source.line,
        id: record.id,
        error: json.slice(1),
      });
      analyses[index] = { entities: [], relations: [], results: [] };
      return;
    }
    analyses[index] = JSON.parse(json) as PaperAnalysis;
    cache?.addJSON(hashes[index]!, json);
  });
  await cache?.save();
  const extractions = resolve(analyses as PaperAnalysis[]);
  const papers = records.map((record, i) => toExtractedPaper(record, extractions[i]!));
  return { papers, analysed: missing.length, cached: records.length - missing.length, failures };
}

/** Reports papers the extractor failed on, as `file:line: …`, at most 20 of them. */
export function reportFailures(failures: ExtractFailure[], ctx: CommandContext): void {
  for (const f of failures.slice(0, 20)) {
    ctx.stderr.write(
      `${f.file}:${f.line}: the extractor failed on paper ${f.id} (${f.error}); it is kept without entities\n`,
    );
  }
  if (failures.length > 20) {
    ctx.stderr.write(`… and ${failures.length - 20} more extractor failures\n`);
  }
}
