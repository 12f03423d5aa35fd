// graphology's serialisation format (`graph.export()` / `graph.import()`), written with keys in a
// fixed order and one node or edge per line: the same graph always gives the same bytes.
// `jsonChunks` streams it for large graphs; `toJSON` joins the chunks; `fromJSON` reads it back.
import Graph from 'graphology';
import { GraphError } from '../errors';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../schema';
import { batch } from './text';

export function* jsonChunks(graph: PaperGraph): Generator<string> {
  yield* batch(pieces(graph));
}

function* pieces(graph: PaperGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},\n"attributes":${JSON.stringify(graph.getAttributes())},\n"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? '\n' : ',\n'}{"key":${JSON.stringify(node)},"attributes":${JSON.stringify(attributes)}}`;
    first = false;
  }
  yield '\n],\n"edges":[';
  first = true;
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const head = `{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}`;
    const tail = `,"attributes":${JSON.stringify(attributes)}${undirected ? ',"undirected":true' : ''}}`;
    yield `${first ? '\n' : ',\n'}${head}${tail}`;
    first = false;
  }
  yield '\n]}\n';
}

export function toJSON(graph: PaperGraph): string {
  return [...jsonChunks(graph)].join('');
}

interface Serialized {
  options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  attributes?: Record<string, unknown>;
  nodes: unknown[];
  edges: unknown[];
}

/** Reads `toJSON` output (or any graphology export of a papergraph graph). */
export function fromJSON(text: string): PaperGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphError(
      'INVALID_JSON',
      `fromJSON: the text is not JSON (${(error as Error).message}). Pass the graph.json written by "papergraph build".`,
    );
  }
  if (!isSerialized(data)) {
    throw new GraphError(
      'INVALID_JSON',
      'fromJSON: expected a graphology export with "nodes" and "edges" arrays. Pass the graph.json written by "papergraph build".',
    );
  }
  const graph: PaperGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: false,
    ...(data.options as object),
  });
  try {
    graph.import(data as unknown as Parameters<PaperGraph['import']>[0]);
  } catch (error) {
    throw new GraphError(
      'INVALID_JSON',
      `fromJSON: the graph could not be imported (${(error as Error).message}). Rebuild it with "papergraph build".`,
    );
  }
  return graph;
}

function isSerialized(data: unknown): data is Serialized {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return Array.isArray(d.nodes) && Array.isArray(d.edges);
}
