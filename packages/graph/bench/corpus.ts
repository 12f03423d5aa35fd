// The large bench corpus as daily lists: ../shared/bench-corpus/abstracts.jsonl.gz (74,722
// arXiv abstracts) split by its `date` field into one JSONL file per day, so that "adding one
// daily list" can be measured. Written once under .papergraph/bench/daily/.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const BENCH_CORPUS = '/work/shared/bench-corpus/abstracts.jsonl.gz';

export interface DailyLists {
  dir: string;
  files: string[];
  papers: number;
}

export async function dailyLists(root: string): Promise<DailyLists> {
  const dir = join(root, 'daily');
  if (!existsSync(join(dir, '.complete'))) {
    const lines = gunzipSync(await readFile(BENCH_CORPUS))
      .toString('utf8')
      .split('\n')
      .filter(Boolean);
    const byDate = new Map<string, string[]>();
    for (const line of lines) {
      const date = (JSON.parse(line) as { date: string }).date;
      const list = byDate.get(date) ?? [];
      list.push(line);
      byDate.set(date, list);
    }
    const tmp = `${dir}.tmp`;
    await mkdir(tmp, { recursive: true });
    for (const [date, rows] of byDate)
      await writeFile(join(tmp, `${date}.jsonl`), rows.join('\n') + '\n');
    await writeFile(join(tmp, '.complete'), String(lines.length));
    await rename(tmp, dir);
  }
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  const papers = Number(await readFile(join(dir, '.complete'), 'utf8'));
  return { dir, files, papers };
}
