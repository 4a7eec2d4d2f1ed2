import { earliestDay, latestDay, overlapsPeriod } from '../../../common/factDates.ts';

/** One dated fact as the timeline draws it. */
export interface TimelineItem {
  readonly id: string;
  readonly date: string;
  readonly endDate: string | null;
  readonly label: string;
  readonly disputed: boolean;
  /** The dated entity (one id) or the relationship's two ends, for focusing the timeline on one entity. */
  readonly touches: readonly string[];
}

/** Where an item sits: x from its first to its last possible day, and its row. */
export interface PlacedItem extends TimelineItem {
  readonly x1: number;
  readonly x2: number;
  readonly row: number;
}

/** The timeline laid out: the span of years, items with a year placed, items without one listed apart. */
export interface TimelineLayout {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly placed: readonly PlacedItem[];
  /** Dates without a printed year (`--mm-dd`): never put on a year. */
  readonly noYear: readonly TimelineItem[];
  readonly rows: number;
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** The x of a day on an axis from 1 January of `firstYear` to 31 December of `lastYear`, across `width`. */
export function xOfDay(day: string, firstYear: number, lastYear: number, width: number): number {
  const start = dayNumber(`${firstYear}-01-01`);
  const end = dayNumber(`${lastYear + 1}-01-01`);
  return ((dayNumber(day) - start) / (end - start)) * width;
}

/** The day at an x of the axis (the inverse of `xOfDay`), as yyyy-mm-dd. */
export function dayAtX(x: number, firstYear: number, lastYear: number, width: number): string {
  const start = dayNumber(`${firstYear}-01-01`);
  const end = dayNumber(`${lastYear + 1}-01-01`);
  const day = start + Math.max(0, Math.min(1, x / width)) * (end - start);
  return new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Lays items out on a year axis `width` wide: each from the first to the last day its printed
 * date can mean (a year spans the year), in the first row where it does not overlap another.
 * No-year items are kept apart.
 */
export function layoutTimeline(items: readonly TimelineItem[], width: number): TimelineLayout {
  const dated = items.filter((i) => earliestDay(i.date) !== null);
  const noYear = items.filter((i) => earliestDay(i.date) === null);
  const years = dated.flatMap((i) => [
    Number(earliestDay(i.date)?.slice(0, 4)),
    Number((latestDay(i.endDate ?? i.date) ?? i.date).slice(0, 4)),
  ]);
  const firstYear = years.length ? Math.min(...years) : new Date().getUTCFullYear();
  const lastYear = years.length ? Math.max(...years) : firstYear;
  const rowEnds: number[] = [];
  const placed = [...dated]
    .sort((a, b) => (earliestDay(a.date) ?? '').localeCompare(earliestDay(b.date) ?? '') || a.id.localeCompare(b.id))
    .map((i) => {
      const x1 = xOfDay(earliestDay(i.date) as string, firstYear, lastYear, width);
      const x2 = Math.max(x1 + 6, xOfDay(latestDay(i.endDate ?? i.date) as string, firstYear, lastYear, width));
      let row = rowEnds.findIndex((end) => end < x1);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = x2 + 2;
      return { ...i, x1, x2, row };
    });
  return { firstYear, lastYear, placed, noYear, rows: rowEnds.length };
}

/** Whether an item falls in a period (either end open); no-year items fall in none. */
export function inPeriod(item: Pick<TimelineItem, 'date' | 'endDate'>, from: string | null, to: string | null): boolean {
  return overlapsPeriod(item.date, item.endDate, from, to);
}
