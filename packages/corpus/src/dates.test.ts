// Dates as written → ISO, never inventing a year.
import { describe, expect, it } from 'vitest';
import { isDateLine, toIsoDate } from './dates';

describe('toIsoDate', () => {
  it.each([
    ['Apr 3', undefined, undefined],
    ['Apr 3', 2024, '2024-04-03'],
    ['Sept 30', 2024, '2024-09-30'],
    ['September 30', 2024, '2024-09-30'],
    ['Mar 14, 2023', 2024, '2023-03-14'],
    ['3 April 2024', undefined, '2024-04-03'],
    ['2024-04-03', undefined, '2024-04-03'],
    ['2024-04-03T17:59:59Z', undefined, '2024-04-03'],
    ['2024-05-29T00:54:04-04:00', undefined, '2024-05-29'],
    ['2024/4/3', undefined, '2024-04-03'],
    ['Feb 29', 2023, undefined],
    ['Feb 29', 2024, '2024-02-29'],
    ['2024', undefined, undefined],
    ['Dec 2023', undefined, undefined],
    ['Foo 3', 2024, undefined],
    ['yesterday', 2024, undefined],
  ])('%s with year %s → %s', (text, year, iso) => {
    expect(toIsoDate(text, year)).toBe(iso);
  });
});

describe('isDateLine', () => {
  it.each([
    ['Apr 3', true],
    ['Sep 30', true],
    ['Mar 14, 2024', true],
    ['May 32', false],
    ['Mamba 2', false],
    ['Apr 3 papers', false],
  ])('%s → %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});
