import { digitsValue, MONTH_NAMES, monthNumber, monthPattern } from './dateNames.ts';
import type { DateMention } from './types.ts';

/** A date as far as the text gives it. */
interface Parts {
  year?: number;
  month?: number;
  day?: number;
}
interface Found {
  start: number;
  end: number;
  from: Parts;
  to?: Parts;
  rule: string;
}

const D = '[0-9๐-๙]';
const MONTH = `(${[...MONTH_NAMES]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([name]) => monthPattern(name))
  .join('|')})`;
const DASH = '\\s*(?:[-–—~]|ถึง|to|至|到)\\s*';
// Thai: `20-21 ก.ย. 2566`, `16 - 17 มกราคม 2560`, `วันที่ 5 เมษายน พ.ศ. ๒๕๖๐`, `ก.ย. 66`.
const THAI_YEAR = `(?:\\s*(?:พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.)?\\s*(${D}{4}|${D}{2})(?!${D}))?`;
const DAY_MONTH_YEAR = new RegExp(
  `(?<!${D})(${D}{1,2})(?:${DASH}(${D}{1,2}))?(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}(?![a-z])${THAI_YEAR}`,
  'giu',
);
// English: `September 20–21, 2023`, `September 20, 2023`, `April 3`.
const MONTH_DAY_YEAR = new RegExp(
  `${MONTH}\\s+(${D}{1,2})(?:st|nd|rd|th)?(?:${DASH}(${D}{1,2}))?(?![0-9])(?:(?:,\\s*|\\s+)(${D}{4}))?`,
  'giu',
);
// A month and year alone: `September 2023`, `มีนาคม 2557`.
const MONTH_YEAR = new RegExp(`(?<![0-9๐-๙]\\s?)${MONTH}(?![a-z])\\s*(?:พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.)?\\s*(${D}{4})(?!${D})`, 'giu');
// Chinese: `2017年4月5日`, `2023年9月20日至21日`, `9月20-21日`, `6月17日`, `2014年3月`.
const CHINESE =
  /(?:(\d{4})年)?(?:(\d{1,2})月(?:(\d{1,2})(?:[日号]|(?=[-–—~至到](?:\d{1,2}月)?\d{1,2}[日号])))?)(?:(?:[-–—~至到])(?:(\d{1,2})月)?(\d{1,2})[日号])?|(\d{4})年/gu;
const THAI_BE_YEAR = /(?:ปี|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.\s*)?([0-9๐-๙]{4})(?![0-9๐-๙])/gu;

/** A year as printed: a Buddhist-era year is 543 more than the common-era one; two digits are a Buddhist-era year of the 2500s. */
function yearOf(printed: string | undefined, span: string): number | undefined {
  if (!printed) return undefined;
  const value = digitsValue(printed);
  if (printed.length === 2) return /[ก-๙]/u.test(span) ? 2500 + value - 543 : undefined;
  if (/ค\.\s?ศ\./u.test(span)) return value;
  return value >= 2400 ? value - 543 : value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 text of a date: `yyyy-mm-dd`, `yyyy-mm`, `yyyy`; without a printed year `--mm-dd` or `--mm`. */
export function isoDate({ year, month, day }: Parts): string {
  const head = year === undefined ? '-' : String(year);
  if (month === undefined) return head;
  return day === undefined ? `${head}-${pad(month)}` : `${head}-${pad(month)}-${pad(day)}`;
}

function valid(p: Parts): boolean {
  if (p.month === undefined && p.day !== undefined) return false;
  return (p.month === undefined || (p.month >= 1 && p.month <= 12)) && (p.day === undefined || (p.day >= 1 && p.day <= 31));
}

// English month names count only capitalised (`May 5`, not `may be 5`).
function printedMonth(printed: string | undefined): number | undefined {
  if (!printed || /^[a-z]/.test(printed)) return undefined;
  return monthNumber(printed);
}

function collect(text: string): Found[] {
  const found: Found[] = [];
  const push = (m: RegExpExecArray, from: Parts, to: Parts | undefined, rule: string): void => {
    if ((from.month !== undefined || from.year !== undefined) && valid(from) && (!to || valid(to)))
      found.push({ start: m.index, end: m.index + m[0].trimEnd().length, from, to, rule });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = printedMonth(m[3]);
    const year = yearOf(m[4], m[0]);
    const from = { year, month, day: digitsValue(m[1] ?? '') };
    push(m, from, m[2] ? { year, month, day: digitsValue(m[2]) } : undefined, 'date: day month year');
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = printedMonth(m[1]);
    const year = yearOf(m[4], m[0]);
    push(
      m,
      { year, month, day: digitsValue(m[2] ?? '') },
      m[3] ? { year, month, day: digitsValue(m[3]) } : undefined,
      'date: month day, year',
    );
  }
  for (const m of text.matchAll(MONTH_YEAR))
    push(m, { year: yearOf(m[2], m[0]), month: printedMonth(m[1]) }, undefined, 'date: month year');
  for (const m of text.matchAll(CHINESE)) {
    if (m[6]) {
      push(m, { year: Number(m[6]) }, undefined, 'date: Chinese year');
      continue;
    }
    const year = m[1] ? Number(m[1]) : undefined;
    const month = Number(m[2]);
    const from = { year, month, day: m[3] ? Number(m[3]) : undefined };
    const to = m[5] ? { year, month: m[4] ? Number(m[4]) : month, day: Number(m[5]) } : undefined;
    push(m, from, to, 'date: Chinese 年月日');
  }
  for (const m of text.matchAll(THAI_BE_YEAR)) push(m, { year: yearOf(m[1], m[0]) }, undefined, 'date: Thai year');
  return found;
}

/**
 * Dates in Thai, English and Chinese, with ranges; a date printed without a year gets none
 * (`--06-17`), and the second half of a range lends its year to the first only when both are
 * printed together (`30 ก.ย. - 2 ต.ค. 2566`).
 */
export function findDates(text: string): DateMention[] {
  const found = collect(text).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  const merged: Found[] = [];
  for (const f of kept) {
    const last = merged[merged.length - 1];
    const between = last ? text.slice(last.end, f.start) : '';
    if (last && !last.to && new RegExp(`^${DASH}$`, 'u').test(between) && f.from.month !== undefined) {
      const from = last.from.year === undefined ? { ...last.from, year: f.from.year } : last.from;
      merged[merged.length - 1] = { start: last.start, end: f.end, from, to: f.to ?? f.from, rule: 'date: range' };
    } else merged.push(f);
  }
  return merged.map((f) => ({
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    date: isoDate(f.from),
    endDate: f.to ? isoDate(f.to) : null,
    rule: f.rule,
  }));
}
