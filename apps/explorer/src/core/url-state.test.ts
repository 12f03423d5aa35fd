import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { DEFAULT_VIEW, decodeView, encodeView, type ViewState } from './url-state';

const view = (patch: Partial<ViewState>): ViewState => ({
  ...structuredClone(DEFAULT_VIEW),
  ...patch,
});

describe('URL codec', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it.each<[string, ViewState]>([
    ['a selection', view({ selected: 'method:vision-transformer' })],
    ['an id with odd characters', view({ selected: 'paper:a&b=c#d é' })],
    [
      'kinds off',
      view({
        filters: {
          ...DEFAULT_FILTERS,
          kinds: { ...DEFAULT_FILTERS.kinds, paper: false, task: false },
        },
      }),
    ],
    [
      'all kinds off',
      view({
        filters: {
          ...DEFAULT_FILTERS,
          kinds: { paper: false, method: false, dataset: false, metric: false, task: false },
        },
      }),
    ],
    [
      'edges off',
      view({
        filters: {
          ...DEFAULT_FILTERS,
          edges: { mentions: false, relations: true, cooccurs: false },
        },
      }),
    ],
    [
      'a date range and minimum',
      view({
        filters: { ...DEFAULT_FILTERS, dateFrom: '2024-03-01', dateTo: '2024-04-30', minPapers: 3 },
      }),
    ],
    ['communities', view({ filters: { ...DEFAULT_FILTERS, communities: [0, 4, 12] } })],
    ['no community', view({ filters: { ...DEFAULT_FILTERS, communities: [] } })],
    ['colour, theme and depth', view({ colorBy: 'community', theme: 'dark', depth: 2 })],
    ['a path', view({ path: { from: 'method:lora', to: 'method:quantization' } })],
    ['a camera', view({ camera: { x: 0.25, y: 0.75, ratio: 0.125 } })],
    ['drawing everything', view({ drawAll: true })],
  ])('round-trips %s', (_name, state) => {
    const fragment = encodeView(state);
    expect(decodeView(fragment)).toEqual(state);
    expect(decodeView(`#${fragment}`)).toEqual(state);
  });

  it.each([
    ['from=yesterday', DEFAULT_VIEW],
    ['min=-3', DEFAULT_VIEW],
    ['cam=1,2', DEFAULT_VIEW],
    ['cam=0.5,0.5,0', DEFAULT_VIEW],
    ['color=purple&theme=neon&depth=7', DEFAULT_VIEW],
  ])('ignores the unreadable fragment %s', (fragment, expected) => {
    expect(decodeView(fragment)).toEqual(expected);
  });
});
