import { describe, expect, it } from 'vitest';
import { findPaths } from '@papergraph/graph';
import { pathEdgeKeys, pathNodeKeys } from './path-view';
import { sampleGraph } from './sample-graph';

const graph = sampleGraph();

describe('pathEdgeKeys', () => {
  it('finds the relation edge of a one-hop path', () => {
    const [path] = findPaths(graph, 'method:lora', 'method:qlora', { k: 1 });
    expect(path && pathEdgeKeys(graph, path)).toEqual(['qlora-builds-on-lora']);
  });

  it('finds mention edges through a paper, whatever the direction walked', () => {
    const [path] = findPaths(graph, 'method:quantization', 'dataset:mmlu', { k: 1 });
    expect(path && pathNodeKeys(path)).toEqual([
      'method:quantization',
      'paper:lora-quant',
      'dataset:mmlu',
    ]);
    expect(path && pathEdgeKeys(graph, path)).toEqual([
      'paper:lora-quant->method:quantization',
      'paper:lora-quant->dataset:mmlu',
    ]);
  });

  it('skips hops whose edge is gone', () => {
    const [path] = findPaths(graph, 'method:lora', 'method:qlora', { k: 1 });
    const copy = graph.copy();
    copy.dropEdge('qlora-builds-on-lora');
    expect(path && pathEdgeKeys(copy, path)).toEqual([]);
  });
});
