/*
 * Dates of facts as the sources print them: a day (`2017-12-08`), a month (`2014-03`), a year
 * (`2016`), or a day without a year (`--12-08`, ISO 8601's form for a date whose year is not
 * printed). No year is ever guessed: a no-year date has no place on a year axis.
 */

/** How much of a date a source printed. */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'NO_YEAR';

/** Attributes that hold a fact's date, on entities and on relationships. */
export const DATE_ATTRIBUTES = ['startDate', 'endDate', 'date'] as const;

const FORMS: readonly (readonly [RegExp, DatePrecision])[] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'DAY'],
  [/^(\d{4})-(\d{2})$/, 'MONTH'],
  [/^(\d{4})$/, 'YEAR'],
  [/^--(\d{2})-(\d{2})$/, 'NO_YEAR'],
];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The precision of a fact date, or null when the text is not one of the four forms (or names no real month or day). */
export function datePrecision(text: string): DatePrecision | null {
  for (const [form, precision] of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [month, day] = precision === 'NO_YEAR' ? [m[1], m[2]] : [m[2], m[3]];
    if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
    if (day !== undefined && (Number(day) < 1 || Number(day) > (DAYS_IN_MONTH[Number(month) - 1] ?? 0))) return null;
    return precision;
  }
  return null;
}

/** Whether a text is a fact date in one of the four forms. */
export function isFactDate(text: string): boolean {
  return datePrecision(text) !== null;
}

/** The year of a fact date, or null when none was printed. */
export function yearOf(text: string): number | null {
  const p = datePrecision(text);
  return p === null || p === 'NO_YEAR' ? null : Number(text.slice(0, 4));
}

/** The first day a dated fact can mean (`2016` → `2016-01-01`); null for a no-year date. */
export function earliestDay(text: string): string | null {
  switch (datePrecision(text)) {
    case 'DAY':
      return text;
    case 'MONTH':
      return `${text}-01`;
    case 'YEAR':
      return `${text}-01-01`;
    default:
      return null;
  }
}

/** The last day a dated fact can mean (`2014-02` → `2014-02-29`, a bound for comparison only); null for a no-year date. */
export function latestDay(text: string): string | null {
  switch (datePrecision(text)) {
    case 'DAY':
      return text;
    case 'MONTH':
      return `${text}-${String(DAYS_IN_MONTH[Number(text.slice(5, 7)) - 1]).padStart(2, '0')}`;
    case 'YEAR':
      return `${text}-12-31`;
    default:
      return null;
  }
}

/**
 * Whether a fact dated `start` (to `end`, when given) can fall in the period `from`–`to` (either
 * open): its span at printed precision overlaps the period. A no-year fact falls in no period.
 */
export function overlapsPeriod(
  start: string,
  end: string | null | undefined,
  from: string | null | undefined,
  to: string | null | undefined,
): boolean {
  const low = earliestDay(start);
  const high = latestDay(end && datePrecision(end) !== 'NO_YEAR' ? end : start);
  if (low === null || high === null) return false;
  const fromDay = from ? earliestDay(from) : null;
  const toDay = to ? latestDay(to) : null;
  return (fromDay === null || high >= fromDay) && (toDay === null || low <= toDay);
}

/**
 * Orders fact dates: dated facts by their earliest day (a year before its months, a month before
 * its days), then no-year facts by month and day.
 */
export function compareFactDates(a: string, b: string): number {
  const da = earliestDay(a);
  const db = earliestDay(b);
  if (da !== null && db !== null) return da === db ? a.length - b.length : da < db ? -1 : 1;
  if (da !== null) return -1;
  if (db !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
