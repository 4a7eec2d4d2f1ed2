import { digitsValue } from './dateNames.ts';
import type { OrdinalMention } from './types.ts';

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ENGLISH_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** The value of a Chinese number up to 999 (`四`, `十二`, `二十二`, `22`). */
export function chineseNumber(printed: string): number | undefined {
  if (/^\d+$/.test(printed)) return Number(printed);
  let total = 0;
  let current = 0;
  for (const char of printed) {
    if (char === '百') [total, current] = [total + (current || 1) * 100, 0];
    else if (char === '十') [total, current] = [total + (current || 1) * 10, 0];
    else if (char in CHINESE_DIGITS) current = CHINESE_DIGITS[char] ?? 0;
    else return undefined;
  }
  return total + current;
}

const RULES: readonly { rule: string; pattern: RegExp; value: (m: RegExpExecArray) => number | undefined }[] = [
  { rule: 'ordinal: Thai ครั้งที่', pattern: /ครั้งที่\s*([0-9๐-๙]+)/gu, value: (m) => digitsValue(m[1] ?? '') },
  { rule: 'ordinal: Thai ครั้งแรก', pattern: /ครั้งแรก/gu, value: () => 1 },
  {
    rule: 'ordinal: Chinese 第…次/届',
    pattern: /第([0-9零〇一二两三四五六七八九十百]+)(?:次|届|屆)/gu,
    value: (m) => chineseNumber(m[1] ?? ''),
  },
  { rule: 'ordinal: English number', pattern: /(?<![\p{L}\p{N}])(\d+)(?:st|nd|rd|th)(?![\p{L}\p{N}])/gu, value: (m) => Number(m[1]) },
  {
    rule: 'ordinal: English word',
    pattern: new RegExp(
      `\\b(${ENGLISH_WORDS.join('|')})\\s+(?=(?:[A-Z][\\w–-]*\\s+){0,6}(?:meeting|session|committee|commission|forum|conference|seminar|symposium|workshop|school|dialogue|round|expo|summit)\\b)`,
      'giu',
    ),
    value: (m) => ENGLISH_WORDS.indexOf((m[1] ?? '').toLowerCase()) + 1,
  },
];

/** Meeting ordinals in Thai (`ครั้งที่ ๒๒`), Chinese (`第四次`) and English (`4th`, `fourth meeting`), except inside the given date spans. */
export function findOrdinals(text: string, dateSpans: readonly { start: number; end: number }[] = []): OrdinalMention[] {
  const out: OrdinalMention[] = [];
  for (const { rule, pattern, value } of RULES) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const printed = m[0].trimEnd();
      const end = start + printed.length;
      const n = value(m);
      if (n === undefined || n <= 0) continue;
      if (dateSpans.some((d) => start < d.end && d.start < end)) continue;
      out.push({ start, end, text: printed, value: n, rule });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
