import { describe, expect, it } from 'vitest';
import { neighborhood } from './neighborhood';
import { sampleGraph } from './sample-graph';

const graph = sampleGraph();

describe('neighborhood', () => {
  it.each([
    [1, 4],
    [2, 7],
  ] as const)('depth %i around LoRA has %i nodes', (depth, size) => {
    expect(neighborhood(graph, 'method:lora', depth).size).toBe(size);
  });

  it('stays among the visible nodes', () => {
    const visible = new Set(['method:lora', 'method:qlora']);
    expect([...neighborhood(graph, 'method:lora', 2, visible)].sort()).toEqual([
      'method:lora',
      'method:qlora',
    ]);
  });
});
