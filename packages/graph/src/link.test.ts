import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../test/fixture';
import { GraphError } from './errors';
import { linkPapers } from './link';

describe('linkPapers', () => {
  const graph = linkPapers(FIXTURE);

  it('adds one node per paper and per entity', () => {
    expect(graph.filterNodes((_id, a) => a.kind === 'paper')).toHaveLength(4);
    expect(graph.filterNodes((_id, a) => a.kind !== 'paper').sort()).toEqual([
      'dataset:glue',
      'dataset:wikitext-2',
      'method:gptq',
      'method:lora',
      'method:naive-bayes',
      'method:qlora',
      'method:quantization',
      'method:rtn',
      'method:transformer',
      'metric:accuracy',
      'metric:perplexity',
      'task:image-classification',
    ]);
  });

  it.each([
    { id: 'method:lora', paperCount: 2, firstSeen: '2024-04-01', aliases: ['Low-Rank Adaptation'] },
    { id: 'method:quantization', paperCount: 2, firstSeen: '2024-04-02', aliases: [] },
    { id: 'task:image-classification', paperCount: 1, firstSeen: undefined, aliases: [] },
  ])('aggregates $id across papers', ({ id, paperCount, firstSeen, aliases }) => {
    const a = graph.getNodeAttributes(id);
    expect(a.kind).not.toBe('paper');
    if (a.kind === 'paper') return;
    expect(a.paperCount).toBe(paperCount);
    expect(a.firstSeen).toBe(firstSeen);
    expect(a.aliases).toEqual(aliases);
  });

  it('links papers to entities with role and evidence', () => {
    const edge = graph.getEdgeAttributes('mentions:paper:2106.09685->method:lora');
    expect(edge.kind).toBe('mentions');
    expect(edge.kind === 'mentions' && edge.role).toBe('proposed');
    expect(graph.getEdgeAttributes('mentions:paper:2305.14314->method:lora')).toMatchObject({
      role: 'used',
    });
    const evidence = 'evidence' in edge ? edge.evidence[0]! : undefined;
    expect(evidence).toMatchObject({ paper: 'paper:2106.09685', field: 'abstract' });
    const abstract = graph.getNodeAttribute('paper:2106.09685', 'abstract' as never) as string;
    expect(abstract.slice(evidence!.start, evidence!.end)).toBe('LoRA');
  });

  it('keeps relation edges with their papers and rules', () => {
    const edge = graph.getEdgeAttributes('builds_on:method:qlora->method:lora');
    expect(edge).toMatchObject({ kind: 'builds_on', rules: ['test-builds_on'], weight: 1 });
  });

  it('weights co-occurrence by shared papers, once per pair', () => {
    expect(graph.getEdgeAttribute('cooccurs:dataset:glue->method:lora', 'weight')).toBe(2);
    expect(
      graph.getEdgeAttribute('cooccurs:method:quantization->method:transformer', 'weight'),
    ).toBe(1);
    expect(graph.hasEdge('cooccurs:method:lora->dataset:glue')).toBe(false);
    expect(
      linkPapers(FIXTURE, { minCooccurrence: 2 }).filterEdges((_e, a) => a.kind === 'cooccurs'),
    ).toEqual([
      'cooccurs:dataset:glue->method:lora',
      'cooccurs:dataset:glue->metric:accuracy',
      'cooccurs:method:lora->metric:accuracy',
    ]);
  });

  it('keeps only entities named by minPapers papers, with their edges', () => {
    const small = linkPapers(FIXTURE, { minPapers: 2 });
    expect(small.filterNodes((_id, a) => a.kind !== 'paper').sort()).toEqual([
      'dataset:glue',
      'method:lora',
      'method:quantization',
      'method:transformer',
      'metric:accuracy',
    ]);
    expect(small.hasEdge('builds_on:method:qlora->method:lora')).toBe(false);
    expect(small.filterNodes((_id, a) => a.kind === 'paper')).toHaveLength(4);
  });

  it('gives a kept entity the same attributes whether or not minPapers drops others', () => {
    const small = linkPapers(FIXTURE, { minPapers: 2 });
    small.forEachNode((id, attributes) => {
      expect(attributes).toEqual(graph.getNodeAttributes(id));
    });
  });

  it('stores results on the dataset', () => {
    const glue = graph.getNodeAttributes('dataset:glue');
    expect(glue.kind === 'dataset' && glue.results?.map((r) => r.value)).toEqual([
      '88.5%',
      '89.1%',
    ]);
  });

  it('keeps the first of papers with the same id and gives empty input an empty graph', () => {
    expect(linkPapers([...FIXTURE, FIXTURE[0]!]).order).toBe(graph.order);
    expect(linkPapers([]).order).toBe(0);
  });

  it('rejects a bad option with a GraphError', () => {
    expect(() => linkPapers(FIXTURE, { minCooccurrence: 0 })).toThrow(GraphError);
  });
});
