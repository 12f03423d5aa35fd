// The preview of a large graph: what the explorer draws first, small enough to open at
// once (the base of the draw budget: entities in the most papers, their strongest edges,
// no papers, no evidence). It remembers the full graph's frame and size, so the drawing
// does not move when the full graph replaces it. Written next to graph.json as
// graph.view.json by `papergraph build`; the explorer fetches it before graph.json.
import type { Evidence, PaperGraph } from '../schema';
import { BudgetedView, DRAW_BUDGET, type DrawBudget } from './draw-budget';

export interface Frame {
  x: [number, number];
  y: [number, number];
}

export interface PreviewInfo {
  frame: Frame;
  fullOrder: number;
  fullSize: number;
}

export function graphFrame(graph: PaperGraph): Frame | null {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_key, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Number.isFinite(minX) ? { x: [minX, maxX], y: [minY, maxY] } : null;
}

export function previewGraph(full: PaperGraph, budget: DrawBudget = DRAW_BUDGET): PaperGraph {
  const preview = new BudgetedView(full, budget).build([]);
  const none: Evidence[] = [];
  // Sentences come with the full graph; the preview only draws.
  preview.updateEachEdgeAttributes((_key, attrs) =>
    'evidence' in attrs ? { ...attrs, evidence: none } : attrs,
  );
  const info: PreviewInfo = {
    frame: graphFrame(full) ?? { x: [0, 1], y: [0, 1] },
    fullOrder: full.order,
    fullSize: full.size,
  };
  preview.replaceAttributes({ ...full.getAttributes(), preview: info } as ReturnType<
    PaperGraph['getAttributes']
  >);
  return preview;
}

export function previewInfo(graph: PaperGraph): PreviewInfo | null {
  const info = (graph.getAttributes() as { preview?: PreviewInfo }).preview;
  return info ?? null;
}
