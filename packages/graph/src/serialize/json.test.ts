import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../test/fixture';
import { buildGraph } from '../build';
import { GraphError } from '../errors';
import { fromJSON, jsonChunks, toJSON } from './json';

describe('toJSON / fromJSON', () => {
  const graph = buildGraph(FIXTURE);
  const text = toJSON(graph);

  it("writes graphology's export format", () => {
    const data = JSON.parse(text) as {
      options: unknown;
      nodes: { key: string }[];
      edges: unknown[];
    };
    expect(data.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
    expect(data.nodes[0]!.key).toBe('paper:2106.09685');
  });

  it('reads back to the same bytes', () => {
    expect(toJSON(fromJSON(text))).toBe(text);
  });

  it('streams the same text in chunks', () => {
    expect([...jsonChunks(graph)].join('')).toBe(text);
  });

  it.each(['not json', '{"nodes": 3}', '[]'])('rejects %j with a GraphError', (bad) => {
    expect(() => fromJSON(bad)).toThrow(GraphError);
  });
});
