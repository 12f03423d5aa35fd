// GraphML and CSV: structure and escaping (the GEXF round trip has its own file).
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../test/fixture';
import { buildGraph } from '../build';
import { toCSV } from './csv';
import { toGraphML } from './graphml';
import { csvField, escapeXml } from './text';

const graph = buildGraph(FIXTURE);

describe('toCSV', () => {
  const { nodes, edges } = toCSV(graph);

  it('writes one row per node and edge after a header', () => {
    expect(nodes.trimEnd().split('\n')).toHaveLength(graph.order + 1);
    expect(edges.trimEnd().split('\n')).toHaveLength(graph.size + 1);
    expect(nodes.startsWith('id,kind,label,')).toBe(true);
  });

  it('quotes fields with quotes and commas', () => {
    expect(nodes).toContain('paper:odd,paper,"Naïve ""Bayes"" <revisited> & café ☕"');
  });

  it.each([
    { value: 'plain', out: 'plain' },
    { value: 'a,b', out: '"a,b"' },
    { value: 'say "x"', out: '"say ""x"""' },
    { value: ['a', 'b'], out: 'a|b' },
    { value: undefined, out: '' },
  ])('csvField($value) = $out', ({ value, out }) => {
    expect(csvField(value)).toBe(out);
  });
});

describe('toGraphML', () => {
  const xml = toGraphML(graph);
  it('declares typed keys and escapes labels', () => {
    expect(xml).toContain(
      '<key id="n_centrality" for="node" attr.name="centrality" attr.type="double"/>',
    );
    expect(xml).toContain(
      '<data key="n_label">Naïve &quot;Bayes&quot; &lt;revisited&gt; &amp; café ☕</data>',
    );
    expect(xml.match(/<node /g)).toHaveLength(graph.order);
    expect(xml.match(/<edge /g)).toHaveLength(graph.size);
  });
});

describe('escapeXml', () => {
  it.each([
    { text: 'a<b>&"c\'', out: 'a&lt;b&gt;&amp;&quot;c&apos;' },
    { text: 'line\nbreak', out: 'line&#10;break' },
    { text: 'nul\u0000', out: 'nul' },
    { text: 'emoji ☕ 𝔸', out: 'emoji ☕ 𝔸' },
    { text: 'lone \ud800 surrogate', out: 'lone  surrogate' },
  ])('escapes $text', ({ text, out }) => {
    expect(escapeXml(text)).toBe(out);
  });
});
