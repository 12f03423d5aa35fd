// Makes any opened graph drawable and explorable: a GEXF from Gephi or a graphology JSON
// from elsewhere may lack the papergraph attributes, so missing ones get neutral values
// (kind from the key prefix, label from the key, a position on a circle, size 3).
import {
  KIND_COLORS,
  NODE_KINDS,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeKind,
  type PaperGraph,
} from '@papergraph/graph';

/** The values were checked field by field above the call; this only tells the compiler. */
function attributes<T>(value: object): T {
  return value as T;
}

function asKind(value: unknown, key: string): NodeKind {
  if (typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value))
    return value as NodeKind;
  const prefix = key.split(':')[0] ?? '';
  return (NODE_KINDS as readonly string[]).includes(prefix) ? (prefix as NodeKind) : 'method';
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value === '') return [];
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON after all: split it below.
    }
  }
  return value.split(/\s*[|;]\s*/).filter((part) => part !== '');
}

function asNumber(value: unknown, fallback: number): number {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : fallback;
}

export function normalizeGraph(graph: PaperGraph): PaperGraph {
  const order = graph.order;
  let index = 0;
  graph.updateEachNodeAttributes((key, raw) => {
    const attrs = raw as unknown as Record<string, unknown>;
    const kind = asKind(attrs.kind, key);
    const angle = (2 * Math.PI * index++) / Math.max(order, 1);
    const label = typeof attrs.label === 'string' && attrs.label !== '' ? attrs.label : key;
    const base = {
      ...attrs,
      kind,
      label,
      x: asNumber(attrs.x, Math.cos(angle) * 100),
      y: asNumber(attrs.y, Math.sin(angle) * 100),
      size: asNumber(attrs.size, 3),
      color: typeof attrs.color === 'string' ? attrs.color : KIND_COLORS[kind],
      community: asNumber(attrs.community, 0),
      centrality: asNumber(attrs.centrality, 0),
    };
    if (kind === 'paper') {
      return attributes<NodeAttributes>({
        ...base,
        kind,
        title: typeof attrs.title === 'string' ? attrs.title : label,
        abstract: typeof attrs.abstract === 'string' ? attrs.abstract : '',
        lists: asList(attrs.lists),
      });
    }
    return attributes<NodeAttributes>({
      ...base,
      kind,
      aliases: asList(attrs.aliases),
      paperCount: asNumber(attrs.paperCount, graph.inDegree(key)),
    });
  });
  graph.updateEachEdgeAttributes((_key, raw) => {
    const attrs = raw as unknown as Record<string, unknown>;
    const kind = typeof attrs.kind === 'string' ? attrs.kind : 'cooccurs';
    const evidence: unknown[] | undefined = Array.isArray(attrs.evidence)
      ? (attrs.evidence as unknown[])
      : kind === 'cooccurs'
        ? undefined
        : [];
    return attributes<EdgeAttributes>({
      ...attrs,
      kind,
      weight: asNumber(attrs.weight, 1),
      ...(evidence ? { evidence } : {}),
    });
  });
  return graph;
}
