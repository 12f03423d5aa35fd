// Export of what is on screen: the filtered graph as GEXF (for Gephi / Gephi Lite) and the
// view as PNG. Both download through an object URL; nothing leaves the browser.
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type { NodeAttributes, PaperGraph } from '@papergraph/graph';

/** The nodes shown and the edges between them, as a new graph. */
export function visibleSubgraph(graph: PaperGraph, visible: ReadonlySet<string>): PaperGraph {
  const sub = new Graph({ type: graph.type, multi: graph.multi }) as unknown as PaperGraph;
  sub.replaceAttributes(graph.getAttributes());
  graph.forEachNode((key, attrs) => {
    if (visible.has(key)) sub.addNode(key, attrs);
  });
  graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) => {
    if (!visible.has(source) || !visible.has(target)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(key, source, target, attrs);
    else sub.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  return sub;
}

/** Scalar attributes stay typed; lists and objects become JSON text, which Gephi shows as strings. */
function flatten(
  attrs: Record<string, unknown>,
  skip: string[],
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (skip.includes(name) || value === undefined || value === null) continue;
    out[name] =
      typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
  return out;
}

export function toGEXF(graph: PaperGraph): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attrs: NodeAttributes) => ({
      label: attrs.label,
      viz: { color: attrs.color, size: attrs.size, x: attrs.x, y: attrs.y },
      attributes: flatten(attrs as unknown as Record<string, unknown>, [
        'label',
        'color',
        'size',
        'x',
        'y',
      ]),
    }),
    formatEdge: (_key, attrs) => ({
      weight: attrs.weight,
      attributes: flatten(attrs as unknown as Record<string, unknown>, ['weight']),
    }),
  });
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
