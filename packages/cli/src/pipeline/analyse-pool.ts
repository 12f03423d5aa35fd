// Runs `analyse` over many papers on every core: worker threads (TypeScript loaded through
// tsx) for large inputs, in-process for small ones where starting workers costs more than it saves.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyse, type PaperText } from '@papergraph/extractor';
import { analyseOne } from './analyse-one';

/** Below this many papers the work stays on the main thread. */
export const WORKER_THRESHOLD = 400;

export interface PoolOptions {
  /** Worker threads; default: the number of cores. 1 runs in-process. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Returns each paper's analysis as JSON text, in input order (errors as `analyseOne` says). */
export async function analyseAll(
  papers: PaperText[],
  options: PoolOptions = {},
): Promise<string[]> {
  const workers = Math.max(
    1,
    Math.min(options.workers ?? availableParallelism(), Math.ceil(papers.length / 100)),
  );
  if (workers === 1 || papers.length < WORKER_THRESHOLD) {
    const out: string[] = [];
    for (const [i, paper] of papers.entries()) {
      out.push(analyseOne(analyse, paper));
      if ((i + 1) % 100 === 0) options.onProgress?.(i + 1, papers.length);
    }
    options.onProgress?.(papers.length, papers.length);
    return out;
  }
  const size = Math.ceil(papers.length / workers);
  const progress = new Array<number>(workers).fill(0);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      runWorker(papers.slice(w * size, (w + 1) * size), (done) => {
        progress[w] = done;
        options.onProgress?.(
          progress.reduce((a, b) => a + b, 0),
          papers.length,
        );
      }),
    ),
  );
  options.onProgress?.(papers.length, papers.length);
  return parts.flat();
}

// Node 20 does not reliably apply tsx's loader to a worker's TypeScript entry (it depends on
// how the parent was started), so each worker starts from a tiny script that loads the entry
// through tsx's own `tsImport`, found by absolute path whatever the working directory.
// (require.resolve gives the CommonJS build of tsx/esm/api; tsImport needs its ESM twin.)
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
  /\.cjs$/,
  '.mjs',
);
const WORKER_ENTRY = new URL('./analyse-worker.ts', import.meta.url).href;
const BOOTSTRAP = `(async () => {
  const { tsImport } = await import(${JSON.stringify(TSX_API)});
  await tsImport(${JSON.stringify(WORKER_ENTRY)}, ${JSON.stringify(WORKER_ENTRY)});
})();`;

function runWorker(papers: PaperText[], onProgress: (done: number) => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { papers: papers.map(({ title, abstract }) => ({ title, abstract })) },
    });
    worker.on('message', (message: { progress?: number; done?: string[] }) => {
      if (message.progress !== undefined) onProgress(message.progress);
      if (message.done !== undefined) {
        resolve(message.done);
        void worker.terminate();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`analyse worker exited with code ${code}`));
    });
  });
}
