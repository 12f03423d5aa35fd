// GraphML export (yEd, Cytoscape, NetworkX): typed keys for the schema's scalar attributes;
// lists are written joined by "|". Co-occurrence edges are marked directed="false".
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema';
import { batch, escapeXml, formatNumber } from './text';

type KeyType = 'string' | 'int' | 'double';

interface Key<A> {
  id: string;
  type: KeyType;
  get: (attributes: A) => string | number | readonly string[] | undefined;
}

const NODE_KEYS: Key<NodeAttributes>[] = [
  { id: 'kind', type: 'string', get: (a) => a.kind },
  { id: 'label', type: 'string', get: (a) => a.label },
  { id: 'x', type: 'double', get: (a) => a.x },
  { id: 'y', type: 'double', get: (a) => a.y },
  { id: 'size', type: 'double', get: (a) => a.size },
  { id: 'color', type: 'string', get: (a) => a.color },
  { id: 'community', type: 'int', get: (a) => a.community },
  { id: 'centrality', type: 'double', get: (a) => a.centrality },
  { id: 'paperCount', type: 'int', get: (a) => (a.kind === 'paper' ? undefined : a.paperCount) },
  { id: 'firstSeen', type: 'string', get: (a) => (a.kind === 'paper' ? undefined : a.firstSeen) },
  {
    id: 'aliases',
    type: 'string',
    get: (a) => (a.kind === 'paper' ? undefined : a.aliases.join('|')),
  },
  {
    id: 'date',
    type: 'string',
    get: (a) => (a.kind === 'paper' ? (a.date ?? a.dateText) : undefined),
  },
  { id: 'url', type: 'string', get: (a) => (a.kind === 'paper' ? a.url : undefined) },
  { id: 'abstract', type: 'string', get: (a) => (a.kind === 'paper' ? a.abstract : undefined) },
];

const EDGE_KEYS: Key<EdgeAttributes>[] = [
  { id: 'kind', type: 'string', get: (a) => a.kind },
  { id: 'weight', type: 'double', get: (a) => a.weight },
  { id: 'role', type: 'string', get: (a) => (a.kind === 'mentions' ? a.role : undefined) },
  { id: 'rules', type: 'string', get: (a) => ('rules' in a ? a.rules.join('|') : undefined) },
];

export function* graphmlChunks(graph: PaperGraph): Generator<string> {
  yield* batch(pieces(graph));
}

export function toGraphML(graph: PaperGraph): string {
  return [...graphmlChunks(graph)].join('');
}

function* pieces(graph: PaperGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of NODE_KEYS)
    yield `  <key id="n_${k.id}" for="node" attr.name="${k.id}" attr.type="${k.type}"/>\n`;
  for (const k of EDGE_KEYS)
    yield `  <key id="e_${k.id}" for="edge" attr.name="${k.id}" attr.type="${k.type}"/>\n`;
  yield `  <graph id="${escapeXml(String(graph.getAttribute('name') ?? 'papergraph'))}" edgedefault="directed">\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${escapeXml(node)}">\n${data('n', NODE_KEYS, attributes)}    </node>\n`;
  }
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const directed = attributes.kind === 'cooccurs' ? ' directed="false"' : '';
    yield `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}>\n${data('e', EDGE_KEYS, attributes)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function data<A>(prefix: string, keys: Key<A>[], attributes: A): string {
  let out = '';
  for (const key of keys) {
    const value = key.get(attributes);
    if (value === undefined) continue;
    const text =
      typeof value === 'number'
        ? formatNumber(value)
        : typeof value === 'string'
          ? value
          : value.join('|');
    out += `      <data key="${prefix}_${key.id}">${escapeXml(text)}</data>\n`;
  }
  return out;
}
