import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, edgePasses, visibleNodes, type Filters } from './filters';
import { sampleGraph } from './sample-graph';

const graph = sampleGraph();
const filters = (patch: Partial<Filters>): Filters => ({
  ...structuredClone(DEFAULT_FILTERS),
  ...patch,
});

describe('visibleNodes', () => {
  it.each<[string, Partial<Filters>, number]>([
    ['everything by default', {}, 12],
    ['no papers', { kinds: { ...DEFAULT_FILTERS.kinds, paper: false } }, 9],
    [
      'only datasets',
      { kinds: { paper: false, method: false, dataset: true, metric: false, task: false } },
      2,
    ],
    [
      'entities in at least two papers (LoRA)',
      { minPapers: 2, kinds: { ...DEFAULT_FILTERS.kinds, paper: false } },
      1,
    ],
    // Papers by date; entities by first seen. 2024-03-14 is the ViT paper and its four entities.
    ['one day', { dateFrom: '2024-03-14', dateTo: '2024-03-14' }, 5],
    ['from April', { dateFrom: '2024-04-01' }, 5],
    ['community 1', { communities: [1] }, 5],
    ['no community', { communities: [] }, 0],
  ])('%s', (_name, patch, expected) => {
    expect(visibleNodes(graph, filters(patch)).size).toBe(expected);
  });

  it('hides undated nodes once a date range is set', () => {
    const undated = sampleGraph();
    undated.updateNodeAttributes('paper:vit', (attrs) => ({ ...attrs, date: undefined }));
    expect(visibleNodes(undated, filters({})).has('paper:vit')).toBe(true);
    expect(visibleNodes(undated, filters({ dateFrom: '2000-01-01' })).has('paper:vit')).toBe(false);
  });
});

describe('edgePasses', () => {
  it.each([
    ['mentions', 'paper:vit->dataset:imagenet'],
    ['relations', 'qlora-builds-on-lora'],
    ['cooccurs', 'vit~imagenet'],
  ] as const)('%s edges follow their toggle', (group, edge) => {
    const attrs = graph.getEdgeAttributes(edge);
    expect(edgePasses(attrs, filters({}))).toBe(true);
    expect(
      edgePasses(attrs, filters({ edges: { ...DEFAULT_FILTERS.edges, [group]: false } })),
    ).toBe(false);
  });
});
