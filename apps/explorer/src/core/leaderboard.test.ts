import { describe, expect, it } from 'vitest';
import { datasetMetrics, leaderboardRows, parseValue } from './leaderboard';
import { sampleGraph } from './sample-graph';

describe('leaderboardRows', () => {
  it('lists the results on a dataset', () => {
    expect(leaderboardRows(sampleGraph(), 'dataset:imagenet')).toEqual([
      {
        method: 'method:vision-transformer',
        metric: 'metric:top-1-accuracy',
        value: '88.5%',
        paper: 'paper:vit',
      },
    ]);
    expect(datasetMetrics(sampleGraph(), 'dataset:mmlu')).toEqual(['metric:accuracy']);
  });

  it('ranks higher first, and lower first for error-like metrics', () => {
    const graph = sampleGraph();
    graph.addNode('metric:error-rate', {
      ...graph.getNodeAttributes('metric:accuracy'),
      label: 'error rate',
    });
    const entry = (method: string, metric: string, value: string) => ({
      paper: 'paper:vit',
      method,
      metric,
      value,
      evidence: { field: 'abstract' as const, start: 0, end: 1 },
    });
    graph.mergeNodeAttributes('dataset:imagenet', {
      results: [
        entry('a', 'metric:accuracy', '71.2%'),
        entry('b', 'metric:accuracy', '85.0'),
        entry('c', 'metric:error-rate', '9.1%'),
        entry('d', 'metric:error-rate', '3.4%'),
      ],
    });
    expect(leaderboardRows(graph, 'dataset:imagenet').map((row) => row.method)).toEqual([
      'b',
      'a',
      'd',
      'c',
    ]);
    expect(
      leaderboardRows(graph, 'dataset:imagenet', 'metric:error-rate').map((row) => row.method),
    ).toEqual(['d', 'c']);
  });

  it('gives nothing for a paper or a missing node', () => {
    expect(leaderboardRows(sampleGraph(), 'paper:vit')).toEqual([]);
    expect(leaderboardRows(sampleGraph(), 'dataset:none')).toEqual([]);
  });
});

describe('parseValue', () => {
  it.each([
    ['85.7%', 85.7],
    ['+3.1 BLEU', 3.1],
    ['0,92', 0.92],
    ['1,024 tokens', 1024],
    ['n/a', null],
  ])('%s → %s', (input, expected) => expect(parseValue(input)).toBe(expected));
});
