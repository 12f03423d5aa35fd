// Main-thread side of the extraction worker: sends a file, reports progress, resolves
// with the graph's JSON (or rejects with the worker's message).
import { ExplorerError } from '../core/errors';
import type { Progress } from './abstracts-pipeline';
import type { WorkerReply, WorkerRequest } from './extract-worker';

export function extractInWorker(
  text: string,
  name: string,
  onProgress: (progress: Progress) => void,
): Promise<string> {
  const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(reply.json);
      else reject(new ExplorerError('PIPELINE_FAILED', reply.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(
        new ExplorerError(
          'PIPELINE_FAILED',
          `extractInWorker: the worker failed on ${name} (${event.message}).`,
        ),
      );
    });
    worker.postMessage({ text, name } satisfies WorkerRequest);
  });
}
