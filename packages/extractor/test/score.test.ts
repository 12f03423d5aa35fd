// The eval's matching for relations and results: what counts as the same relation.
import { describe, expect, it } from 'vitest';
import { scoreRelations, scoreResults, type GoldPaper } from '../eval/score';
import type { Entity, Extraction, Relation } from '../src/types';

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  type: id.slice(0, id.indexOf(':')) as Entity['type'],
  name,
  aliases,
  mentions: [],
  confidence: 0.9,
});

const relation = (type: Relation['type'], source: string, target: string): Relation => ({
  type,
  source,
  target,
  evidence: { field: 'abstract', start: 0, end: 1 },
  rule: 'test',
});

const gold: GoldPaper = {
  n: 1,
  split: 'dev',
  title: 'SVT: Sparse Vision Transformers',
  abstract: '',
  entities: [
    { type: 'method', name: 'Sparse Vision Transformer', aliases: ['SVT'], role: 'proposed' },
    { type: 'method', name: 'Vision Transformer', aliases: ['ViT'], role: 'used' },
    { type: 'dataset', name: 'ImageNet', aliases: ['ImageNet'] },
    { type: 'metric', name: 'top-1 accuracy', aliases: ['top-1 accuracy'] },
  ],
  results: [
    {
      method: 'Sparse Vision Transformer',
      dataset: 'ImageNet',
      metric: 'top-1 accuracy',
      value: '85.7\\%',
    },
  ],
};

const entities = [
  entity('method:svt', 'SVT'),
  entity('method:vit', 'ViTs'),
  entity('dataset:imagenet', 'ImageNet'),
  entity('metric:top-1-accuracy', 'Top-1 Accuracy'),
];

function extraction(relations: Relation[]): Extraction {
  return { entities, relations, results: [] };
}

describe('scoreRelations', () => {
  it('matches a relation by type and by any surface form of its two entities', () => {
    const x = extraction([
      relation('evaluated_on', 'method:svt', 'dataset:imagenet'),
      relation('builds_on', 'method:svt', 'method:vit'),
    ]);
    const counts = scoreRelations(x, gold, [
      { type: 'evaluated_on', source: 'Sparse Vision Transformer', target: 'ImageNet' },
      { type: 'builds_on', source: 'Sparse Vision Transformer', target: 'Vision Transformer' },
    ]);
    expect(counts.evaluated_on).toEqual({ tp: 1, fp: 0, goldTp: 1, fn: 0 });
    expect(counts.builds_on).toEqual({ tp: 1, fp: 0, goldTp: 1, fn: 0 });
  });

  it('counts the right pair under the wrong type as a false positive and a miss', () => {
    const x = extraction([relation('compared_with', 'method:svt', 'method:vit')]);
    const counts = scoreRelations(x, gold, [
      { type: 'outperforms', source: 'Sparse Vision Transformer', target: 'Vision Transformer' },
    ]);
    expect(counts.compared_with).toEqual({ tp: 0, fp: 1, goldTp: 0, fn: 0 });
    expect(counts.outperforms).toEqual({ tp: 0, fp: 0, goldTp: 0, fn: 1 });
  });

  it('does not match a reversed relation', () => {
    const x = extraction([relation('outperforms', 'method:vit', 'method:svt')]);
    const counts = scoreRelations(x, gold, [
      { type: 'outperforms', source: 'Sparse Vision Transformer', target: 'Vision Transformer' },
    ]);
    expect(counts.outperforms).toEqual({ tp: 0, fp: 1, goldTp: 0, fn: 1 });
  });
});

describe('scoreResults', () => {
  it('matches values written with and without the LaTeX percent', () => {
    const x: Extraction = {
      entities,
      relations: [],
      results: [
        {
          method: 'method:svt',
          dataset: 'dataset:imagenet',
          metric: 'metric:top-1-accuracy',
          value: '85.7%',
          evidence: { field: 'abstract', start: 0, end: 1 },
        },
      ],
    };
    expect(scoreResults(x, gold)).toEqual({ tp: 1, fp: 0, goldTp: 1, fn: 0 });
    expect(scoreResults({ ...x, results: [{ ...x.results[0]!, value: '85.6%' }] }, gold)).toEqual({
      tp: 0,
      fp: 1,
      goldTp: 0,
      fn: 1,
    });
  });
});
