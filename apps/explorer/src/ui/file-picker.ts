// Opening a user's file, picked or dropped anywhere on the page: GEXF and graphology JSON
// load directly; anything else is read as abstracts and extracted in a Web Worker, with
// its progress on a <progress> bar.
import type { Store } from '../app/store';
import { fileKind, graphFromGEXF, graphFromJSON } from '../load/open-graph';
import { extractInWorker } from '../load/run-worker';
import { h } from './h';

export interface FileFeedback {
  status: HTMLElement;
  progress: HTMLProgressElement;
}

export async function openFile(file: File, store: Store, feedback: FileFeedback): Promise<void> {
  const { status, progress } = feedback;
  status.textContent = `Reading ${file.name}…`;
  try {
    const text = await file.text();
    const kind = fileKind(text, file.name);
    if (kind === 'gexf') {
      store.load(graphFromGEXF(text), file.name);
    } else if (kind === 'graph-json') {
      store.load(graphFromJSON(text), file.name);
    } else {
      progress.hidden = false;
      progress.value = 0;
      const data = await extractInWorker(text, file.name, ({ stage, done, total }) => {
        progress.value = total === 0 ? 0 : done / total;
        status.textContent = `${stage} ${done}/${total}`;
      });
      store.load(graphFromJSON(data), file.name);
    }
    const { graph } = store.dataset;
    status.textContent = `${file.name}: ${graph.order} nodes, ${graph.size} edges`;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  } finally {
    progress.hidden = true;
  }
}

export function mountFilePicker(store: Store, feedback: FileFeedback): HTMLElement {
  const input = h('input', { type: 'file', 'aria-label': 'Open file', class: 'file-input' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file !== undefined) void openFile(file, store, feedback);
    input.value = '';
  });
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    document.body.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void openFile(file, store, feedback);
  });
  return h('label', { class: 'button' }, 'Open file…', input);
}
