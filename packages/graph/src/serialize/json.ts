// graphology's serialisation format (`graph.export()` / `graph.import()`), written with keys in a
// fixed order and one node or edge per line: the same graph always gives the same bytes.
// `jsonChunks` streams it for large graphs; `toJSON` joins the chunks; `fromJSON` reads it back.
// The compact form (what `papergraph build` writes as graph.json) leaves out what `fromJSON` can
// derive: an edge's key when it is `kind:source->target` (`edgeKey`), and `paper` in a
// `mentions` edge's evidence (always the edge's source). On the 75k graph that is 60 MB of 308.
import Graph from 'graphology';
import { GraphError } from '../errors';
import { edgeKey } from '../link';
import type {
  EdgeAttributes,
  GraphAttributes,
  MentionsEdgeAttributes,
  NodeAttributes,
  PaperGraph,
} from '../schema';
import { batch } from './text';

export interface JSONOptions {
  /** Leave out derivable edge keys and mention-evidence papers (see the header). Default false. */
  compact?: boolean;
}

export function* jsonChunks(graph: PaperGraph, options: JSONOptions = {}): Generator<string> {
  yield* batch(pieces(graph, options.compact ?? false));
}

function* pieces(graph: PaperGraph, compact: boolean): Generator<string> {
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
    const implied = compact && edge === edgeKey(attributes.kind, source, target);
    const key = implied ? '' : `"key":${JSON.stringify(edge)},`;
    const head = `{${key}"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}`;
    const attrs =
      compact && attributes.kind === 'mentions' ? compactMention(attributes, source) : attributes;
    const tail = `,"attributes":${JSON.stringify(attrs)}${undirected ? ',"undirected":true' : ''}}`;
    yield `${first ? '\n' : ',\n'}${head}${tail}`;
    first = false;
  }
  yield '\n]}\n';
}

/** A mentions edge's attributes without the evidence's `paper` where it is the edge's source. */
function compactMention(attributes: MentionsEdgeAttributes, source: string): object {
  const evidence = attributes.evidence.map((e) => {
    if (e.paper !== source) return e;
    const { paper: _paper, ...span } = e;
    return span;
  });
  return { ...attributes, evidence };
}

export function toJSON(graph: PaperGraph, options: JSONOptions = {}): string {
  return [...jsonChunks(graph, options)].join('');
}

interface SerializedEdge {
  key?: string;
  source?: unknown;
  target?: unknown;
  attributes?: { kind?: unknown; evidence?: unknown };
}

/** Puts back what the compact form leaves out; a full export passes through unchanged. */
function expandCompact(edges: unknown[]): void {
  for (const item of edges) {
    if (typeof item !== 'object' || item === null) continue;
    const edge = item as SerializedEdge;
    const { source, target, attributes } = edge;
    if (typeof source !== 'string' || typeof target !== 'string') continue;
    if (typeof attributes?.kind !== 'string') continue;
    if (edge.key === undefined) edge.key = edgeKey(attributes.kind, source, target);
    if (attributes.kind !== 'mentions' || !Array.isArray(attributes.evidence)) continue;
    // A new object with `paper` first: the key order of a full export.
    attributes.evidence = (attributes.evidence as unknown[]).map((span) =>
      typeof span === 'object' && span !== null && !('paper' in span)
        ? { paper: source, ...span }
        : span,
    );
  }
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
  expandCompact(data.edges);
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
