// Export of what is on screen: the filtered graph as GEXF (for Gephi / Gephi Lite) and the
// view as PNG (GEXF written by the graph package's `toGEXF`, as the CLI does). Both download through an object URL; nothing leaves the browser.
import Graph from 'graphology';
import type { PaperGraph } from '@papergraph/graph';

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
