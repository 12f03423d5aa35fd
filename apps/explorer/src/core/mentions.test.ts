import { describe, expect, it } from 'vitest';
import { paperMentions, segmentText, type MentionSpan } from './mentions';
import { sampleGraph } from './sample-graph';

const span = (start: number, end: number, entity = 'e'): MentionSpan => ({
  field: 'abstract',
  start,
  end,
  entity,
});

describe('segmentText', () => {
  it.each<[string, MentionSpan[], [string, string | undefined][]]>([
    ['no spans', [], [['abcdef', undefined]]],
    [
      'one in the middle',
      [span(2, 4, 'x')],
      [
        ['ab', undefined],
        ['cd', 'x'],
        ['ef', undefined],
      ],
    ],
    [
      'at both ends',
      [span(0, 2, 'x'), span(4, 6, 'y')],
      [
        ['ab', 'x'],
        ['cd', undefined],
        ['ef', 'y'],
      ],
    ],
    [
      'overlapping: the first wins',
      [span(1, 4, 'x'), span(2, 5, 'y')],
      [
        ['a', undefined],
        ['bcd', 'x'],
        ['ef', undefined],
      ],
    ],
    [
      'same start: the longer wins',
      [span(1, 2, 'x'), span(1, 3, 'y')],
      [
        ['a', undefined],
        ['bc', 'y'],
        ['def', undefined],
      ],
    ],
    ['out of range is ignored', [span(4, 99, 'x'), span(-1, 2, 'y')], [['abcdef', undefined]]],
    [
      'other field is ignored',
      [{ field: 'title', start: 0, end: 2, entity: 'x' }],
      [['abcdef', undefined]],
    ],
  ])('%s', (_name, spans, expected) => {
    const segments = segmentText('abcdef', 'abstract', spans);
    expect(segments.map((segment) => [segment.text, segment.entity])).toEqual(expected);
    expect(segments.map((segment) => segment.text).join('')).toBe('abcdef');
  });
});

describe('paperMentions', () => {
  it('reads the spans of a paper from its mentions edges', () => {
    const graph = sampleGraph();
    const spans = paperMentions(graph, 'paper:vit');
    expect(spans.map((item) => item.entity).sort()).toEqual([
      'dataset:imagenet',
      'method:vision-transformer',
      'metric:top-1-accuracy',
      'task:image-classification',
    ]);
    const paper = graph.getNodeAttributes('paper:vit');
    const abstract = paper.kind === 'paper' ? paper.abstract : '';
    const imagenet = spans.find((item) => item.entity === 'dataset:imagenet');
    expect(imagenet && abstract.slice(imagenet.start, imagenet.end)).toBe('ImageNet');
  });

  it('gives nothing for an entity or a missing node', () => {
    expect(paperMentions(sampleGraph(), 'method:lora')).toEqual([]);
    expect(paperMentions(sampleGraph(), 'paper:none')).toEqual([]);
  });
});
