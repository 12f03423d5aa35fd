// Dates as the inputs write them ("Apr 3", "2024-04-03", "2024-04-03T17:59:59Z", "3 April 2024")
// to ISO `YYYY-MM-DD`. A date without a year gets one only from `options.year`: never invented.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** 1–12 for a month name or its abbreviation of three letters or more ("Sep", "Sept"), else 0. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return 0;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index + 1;
}

/** `YYYY-MM-DD` when the parts make a real calendar day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Anchored and without nested quantifiers, so each test is linear in the (short) date text.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MONTH_DAY = /^([A-Za-z]{3,9}\.?) (\d{1,2})(?:,? (\d{4}))?$/;
const DAY_MONTH = /^(\d{1,2}) ([A-Za-z]{3,9}\.?),? (\d{4})$/;

/**
 * The ISO date of a date as written, or undefined when it has no recognisable day or no year
 * (and `year` is not given). A year written in the text wins over `year`.
 */
export function toIsoDate(text: string, year?: number): string | undefined {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed) ?? SLASHED.exec(trimmed);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthDay = MONTH_DAY.exec(trimmed);
  if (monthDay) {
    const y = monthDay[3] === undefined ? year : Number(monthDay[3]);
    const month = monthNumber(monthDay[1] ?? '');
    return y === undefined || month === 0 ? undefined : isoDate(y, month, Number(monthDay[2]));
  }
  const dayMonth = DAY_MONTH.exec(trimmed);
  if (dayMonth) {
    const month = monthNumber(dayMonth[2] ?? '');
    return month === 0 ? undefined : isoDate(Number(dayMonth[3]), month, Number(dayMonth[1]));
  }
  return undefined;
}

/** True for a daily-list date line such as "Apr 3", "Sept 30" or "Mar 14, 2024". */
export function isDateLine(line: string): boolean {
  const match = MONTH_DAY.exec(line.trim());
  if (!match) return false;
  const day = Number(match[2]);
  return monthNumber(match[1] ?? '') !== 0 && day >= 1 && day <= 31;
}
