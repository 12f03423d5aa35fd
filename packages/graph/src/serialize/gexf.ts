// GEXF 1.3 export for Gephi and Gephi Lite: typed attributes, viz colour, position and size.
// Written by hand rather than with graphology-gexf's writer, whose 1.2 output declares the viz
// namespace as "http:///www.gexf.net/1.1draft/viz" and puts viz:size before viz:position.
// Follows the 1.3 schema (gexf.net/1.3): namespace http://gexf.net/1.3, viz namespace
// http://gexf.net/1.3/viz, node content attvalues then viz:color, viz:position, viz:size.
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../schema';
import { batch, escapeXml, formatNumber } from './text';

type AttrType = 'string' | 'integer' | 'double' | 'liststring';

interface Column<A> {
  id: string;
  type: AttrType;
  get: (attributes: A) => string | number | readonly string[] | undefined;
}

export interface GexfOptions {
  /** Write paper abstracts as a node attribute. Default true. */
  abstracts?: boolean;
}

const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: 'kind', type: 'string', get: (a) => a.kind },
  { id: 'community', type: 'integer', get: (a) => a.community },
  { id: 'centrality', type: 'double', get: (a) => a.centrality },
  {
    id: 'paperCount',
    type: 'integer',
    get: (a) => (a.kind === 'paper' ? undefined : a.paperCount),
  },
  { id: 'firstSeen', type: 'string', get: (a) => (a.kind === 'paper' ? undefined : a.firstSeen) },
  { id: 'aliases', type: 'liststring', get: (a) => (a.kind === 'paper' ? undefined : a.aliases) },
  { id: 'family', type: 'string', get: (a) => (a.kind === 'paper' ? undefined : a.family) },
  {
    id: 'date',
    type: 'string',
    get: (a) => (a.kind === 'paper' ? (a.date ?? a.dateText) : undefined),
  },
  { id: 'lists', type: 'liststring', get: (a) => (a.kind === 'paper' ? a.lists : undefined) },
  { id: 'url', type: 'string', get: (a) => (a.kind === 'paper' ? a.url : undefined) },
];

const ABSTRACT_COLUMN: Column<NodeAttributes> = {
  id: 'abstract',
  type: 'string',
  get: (a) => (a.kind === 'paper' ? a.abstract : undefined),
};

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: 'role', type: 'string', get: (a) => (a.kind === 'mentions' ? a.role : undefined) },
  { id: 'rules', type: 'liststring', get: (a) => ('rules' in a ? a.rules : undefined) },
  {
    id: 'papers',
    type: 'liststring',
    get: (a) =>
      'evidence' in a && a.kind !== 'mentions'
        ? [...new Set(a.evidence.map((e) => e.paper))]
        : undefined,
  },
];

export function* gexfChunks(graph: PaperGraph, options: GexfOptions = {}): Generator<string> {
  yield* batch(pieces(graph, options));
}

export function toGEXF(graph: PaperGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}

function* pieces(graph: PaperGraph, options: GexfOptions): Generator<string> {
  const nodeColumns =
    options.abstracts === false ? NODE_COLUMNS : [...NODE_COLUMNS, ABSTRACT_COLUMN];
  const name = String(graph.getAttribute('name') ?? 'papergraph');
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield `  <meta>\n    <creator>papergraph</creator>\n    <description>${escapeXml(name)}: papers, methods, datasets, metrics and tasks</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield declare('node', nodeColumns);
  yield declare('edge', EDGE_COLUMNS);
  yield '    <nodes>\n';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const { r, g, b } = rgb(a.color);
    yield `      <node id="${escapeXml(node)}" label="${escapeXml(a.label)}">\n`;
    yield attvalues(nodeColumns, a);
    yield `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`;
    yield `        <viz:position x="${formatNumber(a.x)}" y="${formatNumber(a.y)}" z="0"/>\n`;
    yield `        <viz:size value="${formatNumber(a.size)}"/>\n`;
    yield '      </node>\n';
  }
  yield '    </nodes>\n    <edges>\n';
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    // Co-occurrence has no direction: say so, so Gephi draws no arrow.
    const type = a.kind === 'cooccurs' ? ' type="undirected"' : '';
    yield `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${type} kind="${a.kind}" weight="${formatNumber(a.weight)}"`;
    const values = attvalues(EDGE_COLUMNS, a);
    yield values === '' ? '/>\n' : `>\n${values}      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function declare<A>(cls: 'node' | 'edge', columns: Column<A>[]): string {
  const lines = columns.map(
    (c) => `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>\n`,
  );
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<A>(columns: Column<A>[], attributes: A): string {
  const values: string[] = [];
  for (const column of columns) {
    const value = column.get(attributes);
    if (value === undefined) continue;
    const text = typeof value === 'object' ? listString(value) : String(value);
    values.push(`          <attvalue for="${column.id}" value="${escapeXml(text)}"/>\n`);
  }
  return values.length === 0 ? '' : `        <attvalues>\n${values.join('')}        </attvalues>\n`;
}

/** GEXF 1.3 list syntax: ["a", "b \"c\""] (read back by graphology-gexf and Gephi). */
export function listString(values: readonly string[]): string {
  return `[${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(', ')}]`;
}

/** `#rrggbb` (what the schema stores) to r, g, b; anything else is drawn grey. */
export function rgb(color: string): { r: number; g: number; b: number } {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}
