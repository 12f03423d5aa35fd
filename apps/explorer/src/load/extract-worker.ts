// The Web Worker that turns a file of abstracts into a graph off the main thread,
// posting progress as it goes. Protocol: in {text, name}; out progress | done | error.
import { abstractsToGraph, type Progress } from './abstracts-pipeline';

export interface WorkerRequest {
  text: string;
  name: string;
}

export type WorkerReply =
  | ({ type: 'progress' } & Progress)
  | { type: 'done'; json: string }
  | { type: 'error'; message: string };

const post = (reply: WorkerReply): void => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  try {
    const json = abstractsToGraph(event.data.text, event.data.name, (progress) =>
      post({ type: 'progress', ...progress }),
    );
    post({ type: 'done', json });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
