import { describe, expect, it } from 'vitest';
import { widenToSentence } from './evidence';
import { neighborhood } from './neighborhood';
import { shortestPath } from './path';
import { sampleGraph } from './sample-graph';

const graph = sampleGraph();

describe('shortestPath', () => {
  it('follows a relation edge with its sentence', () => {
    const hops = shortestPath(graph, 'method:lora', 'method:qlora');
    expect(hops).toHaveLength(1);
    expect(hops?.[0]).toMatchObject({ from: 'method:lora', to: 'method:qlora', kind: 'builds_on' });
    expect(hops?.[0]?.evidence?.sentence).toMatch(/^We present QLoRA/);
  });

  it('goes through papers, mention by mention', () => {
    const hops = shortestPath(graph, 'method:quantization', 'dataset:mmlu');
    expect(hops?.map((hop) => hop.to)).toEqual(['paper:lora-quant', 'dataset:mmlu']);
    expect(hops?.[1]?.evidence?.sentence).toBe('It reaches 99.3% accuracy on MMLU.');
  });

  it('does not use co-occurrence shortcuts', () => {
    const hops = shortestPath(graph, 'method:vision-transformer', 'dataset:imagenet');
    expect(hops?.map((hop) => hop.kind)).toEqual(['mentions', 'mentions']);
  });

  it('gives null between unconnected or unknown nodes, [] from a node to itself', () => {
    expect(shortestPath(graph, 'method:lora', 'dataset:imagenet')).toBeNull();
    expect(shortestPath(graph, 'method:lora', 'method:nope')).toBeNull();
    expect(shortestPath(graph, 'method:lora', 'method:lora')).toEqual([]);
  });
});

describe('widenToSentence', () => {
  const text = 'First one. The middle sentence here. Last!';
  it.each([
    [15, 21, 'The middle sentence here.'],
    [0, 5, 'First one.'],
    [38, 42, 'Last!'],
  ])('[%i, %i) → %s', (start, end, expected) =>
    expect(widenToSentence(text, start, end)).toBe(expected),
  );
});

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
