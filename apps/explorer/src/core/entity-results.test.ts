import { describe, expect, it } from 'vitest';
import { entityResults } from './entity-results';
import { sampleGraph } from './sample-graph';

const graph = sampleGraph();
const qlora = {
  dataset: 'dataset:mmlu',
  method: 'method:qlora',
  metric: 'metric:accuracy',
  value: '99.3%',
  paper: 'paper:lora-quant',
};

describe('entityResults', () => {
  it.each([
    ['a dataset: its own results', 'dataset:mmlu', [qlora]],
    ['a method: its results on nearby datasets', 'method:qlora', [qlora]],
    ['a metric: results measured with it', 'metric:accuracy', [qlora]],
    ['a method without results', 'method:lora', []],
    ['a task', 'task:image-classification', []],
    ['a paper', 'paper:vit', []],
    ['a missing node', 'method:none', []],
  ])('%s', (_name, key, expected) => {
    expect(entityResults(graph, key)).toEqual(expected);
  });
});
