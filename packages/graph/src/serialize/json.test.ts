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

  it('writes a compact form that reads back to the same graph', () => {
    const compact = toJSON(graph, { compact: true });
    expect(compact.length).toBeLessThan(text.length);
    const data = JSON.parse(compact) as {
      edges: { key?: string; attributes: { kind: string; evidence?: object[] } }[];
    };
    const mention = data.edges.find((e) => e.attributes.kind === 'mentions')!;
    expect(mention.key).toBeUndefined();
    expect(mention.attributes.evidence![0]).not.toHaveProperty('paper');
    expect(toJSON(fromJSON(compact))).toBe(text);
    expect([...jsonChunks(graph, { compact: true })].join('')).toBe(compact);
  });

  it('keeps keys that are not derivable in the compact form', () => {
    const copy = fromJSON(text);
    const [edge] = copy.edges();
    const source = copy.source(edge!);
    const target = copy.target(edge!);
    const attributes = copy.getEdgeAttributes(edge!);
    copy.dropEdge(edge!);
    copy.addDirectedEdgeWithKey('custom-key', source, target, attributes);
    const back = fromJSON(toJSON(copy, { compact: true }));
    expect(back.hasEdge('custom-key')).toBe(true);
    expect(back.getEdgeAttributes('custom-key')).toEqual(attributes);
  });

  it.each(['not json', '{"nodes": 3}', '[]'])('rejects %j with a GraphError', (bad) => {
    expect(() => fromJSON(bad)).toThrow(GraphError);
  });
});
