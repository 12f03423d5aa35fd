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

/** The graph file's text; started early, it downloads while the page sets up. */
export async function fetchGraphText(url: string): Promise<string> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new ExplorerError(
      'FETCH_FAILED',
      `fetchGraphText: could not reach ${url} (${String(error)}). Start the app with "pnpm start".`,
    );
  });
  if (!response.ok) {
    throw new ExplorerError(
      'FETCH_FAILED',
      `fetchGraphText: ${url} answered ${response.status}. Build a graph with "pnpm papergraph build", or open a file.`,
    );
  }
  return response.text();
}

/** The preview of a large graph, when the server has one (a 404 or the app's HTML means no). */
export async function fetchPreview(url: string): Promise<PaperGraph | null> {
  const response = await fetch(url).catch(() => null);
  if (response === null || !response.ok) return null;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  return fromJSON(await response.text());
}
