// Table tests for step 7e: a dataset type its own words gave spreads to the name's
// other mentions; a type from coordination does not.
import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const typesOf = (abstract: string, name: string): string[] =>
  extract({ title: '', abstract })
    .entities.filter((e) => e.mentions.some((m) => m.text === name))
    .map((e) => e.type);

describe('one type per shape-found name', () => {
  it.each([
    [
      'We introduce the TextBraTS dataset of reports. To build TextBraTS, we align scans.',
      'TextBraTS',
    ],
    [
      'We introduce VideoNorms, a benchmark of 1000 clips. To build VideoNorms, we label clips.',
      'VideoNorms',
    ],
  ])('%s → %s is a dataset only', (abstract, name) => {
    expect(typesOf(abstract, name)).toEqual(['dataset']);
  });

  it('does not spread a type from coordination after an opening phrase', () => {
    const abstract =
      'We propose AR-Seg for videos. On CamVid, AR-Seg saves 67% cost. AR-Seg is fast.';
    expect(typesOf(abstract, 'AR-Seg')).toContain('method');
  });
});
