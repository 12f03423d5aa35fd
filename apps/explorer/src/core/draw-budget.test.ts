import { describe, expect, it } from 'vitest';
import { BudgetedView, needsBudget, type DrawBudget } from '@papergraph/graph';
import { sampleGraph } from './sample-graph';

const graph = sampleGraph();
const tiny: DrawBudget = { maxNodes: 3, maxEdges: 2, maxPinnedNeighbours: 2 };

describe('BudgetedView', () => {
  it('applies only to graphs over the budget', () => {
    expect(needsBudget(graph)).toBe(false);
    expect(needsBudget(graph, tiny)).toBe(true);
  });

  it('keeps the entities in the most papers, and no papers', () => {
    const view = new BudgetedView(graph, tiny);
    expect(view.base.size).toBe(3);
    expect(view.base.has('method:lora')).toBe(true);
    expect([...view.base].some((key) => key.startsWith('paper:'))).toBe(false);
    const drawn = view.build([]);
    expect(drawn.order).toBe(3);
    expect(drawn.size).toBeLessThanOrEqual(2);
  });

  it('adds a pinned neighbourhood with the edges among it', () => {
    const view = new BudgetedView(graph, tiny);
    const pinned = view.neighbourhood('paper:vit');
    expect(pinned[0]).toBe('paper:vit');
    expect(pinned).toHaveLength(3);
    const drawn = view.build(pinned);
    for (const key of pinned) expect(drawn.hasNode(key)).toBe(true);
    expect(drawn.hasEdge(`paper:vit->${pinned[1]}`)).toBe(true);
  });

  it('ignores pins that are not in the graph', () => {
    const view = new BudgetedView(graph, tiny);
    expect(view.neighbourhood('method:none')).toEqual([]);
    expect(view.build(['method:none']).order).toBe(3);
  });
});
