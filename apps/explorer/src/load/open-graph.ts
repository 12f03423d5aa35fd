// Step 1 of dataset → filtered → styled → sigma: turning bytes into a graph. The bundled
// graph is fetched from ./graph.json; an opened file is read as GEXF, graphology JSON, or
// (anything else) raw abstracts handed to the extraction worker.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { fromJSON, type PaperGraph } from '@papergraph/graph';
import { ExplorerError } from '../core/errors';
import { normalizeGraph } from '../core/normalize-graph';

export type FileKind = 'gexf' | 'graph-json' | 'abstracts';

/** Decides how to read a file from its start and its name. */
export function fileKind(text: string, name: string): FileKind {
  const head = text.slice(0, 2000).trimStart();
  if (/\.gexf$/i.test(name) || (head.startsWith('<') && head.includes('<gexf'))) return 'gexf';
  if (
    head.startsWith('{') &&
    /"nodes"\s*:\s*\[/.test(text.slice(0, 1_000_000)) &&
    /"edges"\s*:/.test(text)
  ) {
    return 'graph-json';
  }
  return 'abstracts';
}

/** A graphology JSON: the graph package's `fromJSON`, then neutral values for what a foreign file lacks. */
export function graphFromJSON(text: string): PaperGraph {
  return normalizeGraph(fromJSON(text));
}

export function graphFromGEXF(text: string): PaperGraph {
  const graph = parseGexf(Graph, text, { allowUndeclaredAttributes: true, addMissingNodes: true });
  return normalizeGraph(graph as unknown as PaperGraph);
}

export async function fetchGraph(url: string): Promise<PaperGraph> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new ExplorerError(
      'FETCH_FAILED',
      `fetchGraph: could not reach ${url} (${String(error)}). Start the app with "pnpm start".`,
    );
  });
  if (!response.ok) {
    throw new ExplorerError(
      'FETCH_FAILED',
      `fetchGraph: ${url} answered ${response.status}. Build a graph with "pnpm papergraph build", or open a file.`,
    );
  }
  // Our own build output needs no normalising: the bundled graph opens as built.
  return fromJSON(await response.text());
}
