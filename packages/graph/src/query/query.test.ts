// The queries on the hand-built fixture (test/fixture.ts), whose answers are known.
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../../test/fixture';
import { buildGraph } from '../build';
import { GraphError } from '../errors';
import { sentenceAround } from './evidence';
import { leaderboard, shownValue } from './leaderboard';
import { neighbors } from './neighbors';
import { newSince } from './new-since';
import { papersOf } from './papers';
import { findPaths } from './paths';
import { resolveNode } from './resolve';

const graph = buildGraph(FIXTURE);

describe('resolveNode', () => {
  it.each([
    { name: 'method:lora', id: 'method:lora' },
    { name: 'LoRA', id: 'method:lora' },
    { name: 'lora', id: 'method:lora' },
    { name: 'LoRAs', id: 'method:lora' },
    { name: 'low-rank adaptation', id: 'method:lora' },
    { name: 'Low Rank Adaptation', id: 'method:lora' },
    { name: 'wikitext 2', id: 'dataset:wikitext-2' },
    { name: 'Image-Classification', id: 'task:image-classification' },
    { name: 'transformers', id: 'method:transformer' },
    { name: '  GLUE ', id: 'dataset:glue' },
    { name: 'naive bayes', id: 'method:naive-bayes' },
    {
      name: 'GPTQ: Accurate Post-Training Quantization for Generative Transformers',
      id: 'paper:2210.17323',
    },
  ])('resolves "$name" to $id', ({ name, id }) => {
    expect(resolveNode(graph, name)).toEqual({ id });
  });

  it('suggests close names for an unknown one', () => {
    const result = resolveNode(graph, 'QLoRRA');
    expect('suggestions' in result && result.suggestions[0]?.id).toBe('method:qlora');
    expect(resolveNode(graph, 'zzzzzzzzzzzz')).toEqual({ suggestions: [] });
  });

  it('restricts to a kind when asked', () => {
    expect(resolveNode(graph, 'accuracy', { kind: 'metric' })).toEqual({ id: 'metric:accuracy' });
    expect('suggestions' in resolveNode(graph, 'accuracy', { kind: 'dataset' })).toBe(true);
  });
});

describe('findPaths', () => {
  it('finds the shortest path with evidence for each hop', () => {
    const [first] = findPaths(graph, 'method:qlora', 'method:lora', { k: 1 });
    expect(first!.nodes.map((n) => n.id)).toEqual(['method:qlora', 'method:lora']);
    expect(first!.edges[0]).toMatchObject({
      source: 'method:qlora',
      target: 'method:lora',
      kind: 'builds_on',
    });
    expect(first!.edges[0]!.evidence[0]).toMatchObject({
      paper: 'paper:2305.14314',
      sentence: 'QLoRA builds on LoRA and adds 4-bit quantization.',
    });
  });

  it('connects LoRA to quantization through a paper, then the next shortest paths', () => {
    const paths = findPaths(graph, 'method:lora', 'method:quantization', { k: 3 });
    expect(paths[0]!.nodes.map((n) => n.id)).toEqual([
      'method:lora',
      'paper:2305.14314',
      'method:quantization',
    ]);
    expect(paths[0]!.edges.map((e) => e.kind)).toEqual(['mentions', 'mentions']);
    expect(paths.length).toBe(3);
    const lengths = paths.map((p) => p.nodes.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    expect(new Set(paths.map((p) => p.nodes.map((n) => n.id).join())).size).toBe(3);
  });

  it('goes only through the kinds in via', () => {
    const paths = findPaths(graph, 'method:lora', 'method:qlora', { k: 3, via: ['dataset'] });
    for (const path of paths) {
      for (const node of path.nodes.slice(1, -1)) expect(node.kind).toBe('dataset');
    }
    expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['method:lora', 'method:qlora'],
      ['method:lora', 'dataset:glue', 'method:qlora'],
    ]);
  });

  it('returns no path between unconnected nodes and throws on unknown ids', () => {
    expect(findPaths(graph, 'method:lora', 'method:naive-bayes')).toEqual([]);
    expect(() => findPaths(graph, 'method:lora', 'method:nope')).toThrow(GraphError);
  });
});

describe('neighbors', () => {
  it('lists neighbours of a kind, strongest first', () => {
    expect(neighbors(graph, 'method:lora', { kind: 'dataset' })).toEqual([
      {
        id: 'dataset:glue',
        kind: 'dataset',
        label: 'GLUE',
        weight: 3,
        edges: ['cooccurs', 'evaluated_on'],
      },
    ]);
    expect(
      neighbors(graph, 'method:lora', { kind: 'paper' })
        .map((n) => n.id)
        .sort(),
    ).toEqual(['paper:2106.09685', 'paper:2305.14314']);
  });
});

describe('papersOf', () => {
  it('lists the papers of an entity, newest first, with role and sentence', () => {
    expect(papersOf(graph, 'method:lora')).toEqual([
      {
        id: 'paper:2305.14314',
        title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
        date: '2024-04-02',
        role: 'used',
        sentence: 'QLoRA builds on LoRA and adds 4-bit quantization.',
      },
      {
        id: 'paper:2106.09685',
        title: 'LoRA: Low-Rank Adaptation of Large Language Models',
        date: '2024-04-01',
        role: 'proposed',
        sentence: 'We propose LoRA, which freezes the Transformer weights.',
      },
    ]);
  });

  it('lists the papers behind an edge', () => {
    expect(papersOf(graph, 'outperforms:method:gptq->method:rtn').map((p) => p.id)).toEqual([
      'paper:2210.17323',
    ]);
  });
});

describe('leaderboard', () => {
  it('ranks higher-is-better metrics descending', () => {
    const board = leaderboard(graph, 'dataset:glue');
    expect(board.tables).toHaveLength(1);
    expect(board.tables[0]!.rows.map((r) => [r.methodLabel, r.value])).toEqual([
      ['QLoRA', '89.1%'],
      ['LoRA', '88.5%'],
    ]);
  });

  it('ranks lower-is-better metrics ascending and filters by metric', () => {
    const board = leaderboard(graph, 'dataset:wikitext-2', { metric: 'metric:perplexity' });
    expect(board.tables[0]!.lowerIsBetter).toBe(true);
    expect(board.tables[0]!.rows.map((r) => r.methodLabel)).toEqual(['GPTQ', 'RTN']);
    expect(leaderboard(graph, 'dataset:wikitext-2', { metric: 'metric:accuracy' }).tables).toEqual(
      [],
    );
  });

  it('shows values without the LaTeX of raw arXiv text, and keeps them as written', () => {
    expect(
      ['85.4\\%', '$2.3\\times$', '71.2 $\\pm$ 0.3', '10\\,ms', '87.3'].map(shownValue),
    ).toEqual(['85.4%', '2.3×', '71.2 ± 0.3', '10ms', '87.3']);
    const row = leaderboard(graph, 'dataset:glue').tables[0]!.rows[0]!;
    expect([row.value, row.shown]).toEqual(['89.1%', '89.1%']);
  });

  it('refuses a node that is not a dataset', () => {
    expect(() => leaderboard(graph, 'method:lora')).toThrow(
      expect.objectContaining({ code: 'NOT_A_DATASET' }),
    );
  });
});

describe('newSince', () => {
  it('lists entities first seen on or after the date', () => {
    const result = newSince(graph, '2024-04-02');
    expect(result.entities.map((e) => e.id)).toEqual([
      'method:quantization',
      'method:qlora',
      'dataset:wikitext-2',
      'method:gptq',
      'method:rtn',
      'metric:perplexity',
    ]);
    expect(result.undated).toBe(2);
  });

  it('rejects a date it cannot read', () => {
    expect(() => newSince(graph, 'April')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('sentenceAround', () => {
  it.each([
    { text: 'One. Two e.g. three. Four.', start: 5, end: 8, out: 'Two e.g. three.' },
    { text: 'Scores 3.5 on X. Next.', start: 0, end: 6, out: 'Scores 3.5 on X.' },
    { text: 'No end', start: 3, end: 6, out: 'No end' },
  ])('finds the sentence in "$text"', ({ text, start, end, out }) => {
    expect(sentenceAround(text, start, end)).toBe(out);
  });
});
