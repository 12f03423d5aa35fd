import { describe, expect, it } from 'vitest';
import { FIXTURE, makePaper } from '../test/fixture';
import { buildGraph } from './build';
import { toGEXF } from './serialize/gexf';
import { toJSON } from './serialize/json';

describe('buildGraph', () => {
  it('gives byte-identical JSON and GEXF for the same input', () => {
    const a = buildGraph(FIXTURE);
    const b = buildGraph(structuredClone(FIXTURE));
    expect(toJSON(b)).toBe(toJSON(a));
    expect(toGEXF(b)).toBe(toGEXF(a));
  });

  it('changes the layout with the seed, and only then', () => {
    const big = manyPapers(60);
    expect(toJSON(buildGraph(big, { seed: 7 }))).toBe(toJSON(buildGraph(big, { seed: 7 })));
    expect(toJSON(buildGraph(big, { seed: 7 }))).not.toBe(toJSON(buildGraph(big, { seed: 8 })));
  });

  it('fills analytics and layout for every node', () => {
    const graph = buildGraph(manyPapers(60));
    graph.forEachNode((id, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), id).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      if (a.kind !== 'paper') expect(a.community).toBeGreaterThanOrEqual(0);
    });
    const centrality = graph.mapNodes((_id, a) => a.centrality);
    expect(Math.max(...centrality)).toBe(1);
    // Papers sit near their entities: within the spread of the entity layout.
    const entityXs = graph
      .filterNodes((_id, a) => a.kind !== 'paper')
      .map((id) => graph.getNodeAttribute(id, 'x'));
    const paper = graph.getNodeAttributes('paper:p0');
    expect(paper.x).toBeGreaterThanOrEqual(Math.min(...entityXs) - 1);
    expect(paper.x).toBeLessThanOrEqual(Math.max(...entityXs) + 1);
  });

  it('lays out only the core with ForceAtlas2 and places the rest from neighbours', () => {
    const graph = buildGraph(manyPapers(60), { coreSize: 5 });
    graph.forEachNode((id, a) => expect(Number.isFinite(a.x), id).toBe(true));
  });
});

/** Two topic clusters of synthetic papers, so Louvain has something to find. */
function manyPapers(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const topic = i % 2 === 0 ? ['Alpha', 'Beta', 'Gamma'] : ['Delta', 'Epsilon', 'Zeta'];
    const names = [topic[i % 3]!, topic[(i + 1) % 3]!, `Extra${i % 7}`];
    return makePaper(
      `p${i}`,
      `2024-05-${String((i % 28) + 1).padStart(2, '0')}`,
      `Paper ${i}`,
      `We study ${names.join(' and ')}.`,
      names.map((name) => ({ id: `method:${name.toLowerCase()}`, name })),
    );
  });
}
