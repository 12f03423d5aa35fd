// Worker-thread entry of the analyse pool: runs `analyse` on its share of the papers and sends
// back each result as JSON text (cheap to pass between threads, and what the cache stores).
import { parentPort, workerData } from 'node:worker_threads';
import { analyse, type PaperText } from '@papergraph/extractor';

const papers = (workerData as { papers: PaperText[] }).papers;
const out: string[] = [];
for (const [i, paper] of papers.entries()) {
  out.push(JSON.stringify(analyse(paper)));
  if ((i + 1) % 250 === 0) parentPort?.postMessage({ progress: i + 1 });
}
parentPort?.postMessage({ done: out });
