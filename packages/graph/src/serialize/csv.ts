// CSV export: a nodes table and an edges table (RFC 4180, header row, lists joined by "|"),
// the shape spreadsheet users and pandas/R expect.
import type { PaperGraph } from '../schema';
import { csvField, formatNumber } from './text';

export const NODE_CSV_COLUMNS = [
  'id',
  'kind',
  'label',
  'community',
  'centrality',
  'size',
  'color',
  'x',
  'y',
  'paperCount',
  'firstSeen',
  'aliases',
  'date',
  'lists',
  'url',
] as const;

export const EDGE_CSV_COLUMNS = [
  'id',
  'source',
  'target',
  'kind',
  'weight',
  'role',
  'rules',
  'papers',
] as const;

export function toCSV(graph: PaperGraph): { nodes: string; edges: string } {
  const nodes: string[] = [NODE_CSV_COLUMNS.join(',')];
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const paper = a.kind === 'paper' ? a : undefined;
    const entity = a.kind === 'paper' ? undefined : a;
    nodes.push(
      [
        node,
        a.kind,
        a.label,
        a.community,
        formatNumber(a.centrality),
        formatNumber(a.size),
        a.color,
        formatNumber(a.x),
        formatNumber(a.y),
        entity?.paperCount,
        entity?.firstSeen,
        entity?.aliases,
        paper?.date ?? paper?.dateText,
        paper?.lists,
        paper?.url,
      ]
        .map(csvField)
        .join(','),
    );
  }
  const edges: string[] = [EDGE_CSV_COLUMNS.join(',')];
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    const papers = 'evidence' in a ? [...new Set(a.evidence.map((e) => e.paper))] : undefined;
    edges.push(
      [
        edge,
        source,
        target,
        a.kind,
        formatNumber(a.weight),
        a.kind === 'mentions' ? a.role : undefined,
        'rules' in a ? a.rules : undefined,
        papers,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return { nodes: nodes.join('\n') + '\n', edges: edges.join('\n') + '\n' };
}
