import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../test/fixture';
import { buildGraph } from '../build';
import { listString, rgb, toGEXF } from './gexf';

describe('toGEXF', () => {
  const graph = buildGraph(FIXTURE);
  const xml = toGEXF(graph);
  const parsed = parse(Graph, xml);

  it('declares GEXF 1.3 and its viz namespace', () => {
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('version="1.3"');
    expect(xml).not.toContain('http:///');
    expect(xml).not.toContain('1.1draft');
  });

  it('orders node content as the 1.3 schema does: attvalues, color, position, size', () => {
    const node = /<node id="method:lora"[^]*?<\/node>/.exec(xml)![0];
    const order = ['<attvalues>', '<viz:color', '<viz:position', '<viz:size'].map((tag) =>
      node.indexOf(tag),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('round-trips through graphology-gexf: nodes, edges, kinds, labels, colours, positions', () => {
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachNode((id, a) => {
      const p = parsed.getNodeAttributes(id);
      const { r, g, b } = rgb(a.color);
      expect(p).toMatchObject({
        kind: a.kind,
        label: a.label,
        x: a.x,
        y: a.y,
        size: a.size,
        color: `rgb(${r},${g},${b})`,
      });
      expect(p.community).toBe(a.community);
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(parsed.hasEdge(key), key).toBe(true);
      expect(parsed.source(key)).toBe(source);
      expect(parsed.target(key)).toBe(target);
      expect(parsed.getEdgeAttributes(key)).toMatchObject({ kind: a.kind, weight: a.weight });
    });
  });

  it('keeps <, &, quotes and non-ASCII in labels and lists', () => {
    expect(parsed.getNodeAttribute('paper:odd', 'label')).toBe(
      'Naïve "Bayes" <revisited> & café ☕',
    );
    expect(parsed.getNodeAttribute('method:naive-bayes', 'label')).toBe('Naïve "Bayes" <&>');
    expect(parsed.getNodeAttribute('method:lora', 'aliases')).toEqual(['Low-Rank Adaptation']);
    expect(parsed.getNodeAttribute('paper:2106.09685', 'lists')).toEqual(['list-2024-04-01.txt']);
  });

  it('marks co-occurrence undirected and relations directed', () => {
    expect(parsed.isUndirected('cooccurs:dataset:glue->method:lora')).toBe(true);
    expect(parsed.isDirected('builds_on:method:qlora->method:lora')).toBe(true);
  });

  it.each([
    { values: ['a'], text: '["a"]' },
    { values: ['say "hi"', 'back\\slash'], text: '["say \\"hi\\"", "back\\\\slash"]' },
    { values: [], text: '[]' },
  ])('writes the list $values as $text', ({ values, text }) => {
    expect(listString(values)).toBe(text);
  });

  it('drops characters XML cannot hold', () => {
    const g = buildGraph([{ ...FIXTURE[3]!, title: 'bell\u0007 ok' }]);
    expect(parse(Graph, toGEXF(g)).getNodeAttribute('paper:odd', 'label')).toBe('bell ok');
  });
});
