import { describe, expect, it } from 'vitest';
import { graphFrame, previewGraph, previewInfo } from '@papergraph/graph';
import { sampleGraph } from './sample-graph';

describe('previewGraph', () => {
  const full = sampleGraph();
  const preview = previewGraph(full, { maxNodes: 4, maxEdges: 10, maxPinnedNeighbours: 5 });

  it('keeps the budget base without papers or evidence', () => {
    expect(preview.order).toBe(4);
    expect(preview.filterNodes((_key, attrs) => attrs.kind === 'paper')).toEqual([]);
    preview.forEachEdge((_key, attrs) => {
      if ('evidence' in attrs) expect(attrs.evidence).toEqual([]);
    });
    // The full graph is untouched.
    const relation = full.getEdgeAttributes('qlora-builds-on-lora');
    expect('evidence' in relation && relation.evidence.length).toBe(1);
  });

  it('remembers the full frame and size', () => {
    expect(previewInfo(preview)).toEqual({
      frame: graphFrame(full),
      fullOrder: 12,
      fullSize: full.size,
    });
    expect(previewInfo(full)).toBeNull();
    expect(graphFrame(full)).toEqual({ x: [-5, 14], y: [-4, 9] });
  });
});
