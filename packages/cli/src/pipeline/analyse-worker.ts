// Worker-thread entry of the analyse pool: runs `analyse` on its share of the papers and sends
// back each result as JSON text (cheap to pass between threads, and what the cache stores).
// A paper that makes `analyse` throw is sent back as an error, not as an analysis.
import { parentPort, workerData } from 'node:worker_threads';
import { analyse, type PaperText } from '@papergraph/extractor';
import { analyseOne } from './analyse-one';

const papers = (workerData as { papers: PaperText[] }).papers;
const out: string[] = [];
for (const [i, paper] of papers.entries()) {
  out.push(analyseOne(analyse, paper));
  if ((i + 1) % 250 === 0) parentPort?.postMessage({ progress: i + 1 });
}
parentPort?.postMessage({ done: out });
