// Raw abstracts → graph inside the browser, the same steps as `papergraph build`:
// parse (corpus) → extract (extractor) → link and lay out (graph). Runs in the worker.
import type { PaperGraph } from '@papergraph/graph';
import { ExplorerError } from '../core/errors';

export interface Progress {
  stage: 'parse' | 'extract' | 'build';
  done: number;
  total: number;
}

export function abstractsToGraph(
  _text: string,
  name: string,
  _progress: (progress: Progress) => void,
): ReturnType<PaperGraph['export']> {
  throw new ExplorerError(
    'PIPELINE_FAILED',
    `abstractsToGraph: extraction of ${name} in the browser waits for @papergraph/corpus, extractor and graph to export parseFile, extractCorpus and buildGraph.`,
  );
}
