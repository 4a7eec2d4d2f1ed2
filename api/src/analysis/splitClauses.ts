import type { Span } from './types.ts';

// Thai prints no full stop: a clause also ends before a space and a word that opens the next one.
const THAI_OPENERS = [
  'โดยมี',
  'ทั้งนี้',
  'นอกจากนั้น',
  'นอกจากนี้',
  'พร้อมกันนี้',
  'งานนี้',
  'ภายในงาน',
  'ซึ่ง',
  'ในการนี้',
  'อย่างไรก็ตาม',
  'ขณะที่',
  'ต่อมา',
  'จากนั้น',
  'หลังจากนั้น',
  'พร้อมทั้ง',
  'รวมทั้ง',
  'รวมถึง',
  'อีกทั้ง',
  'ในโอกาสนี้',
  'โอกาสนี้',
  'และได้',
  'โดยได้',
  'โดย',
  'สำหรับ',
  'นอกจาก',
  'ในส่วน',
  'ส่วน',
  'เมื่อวันที่',
];
const BREAK = new RegExp(
  `\\n+|\\s{2,}|(?<=[.!?])\\s+(?=[A-Z"“])|(?<=[。！？；])|(?:\\s|(?<=[)）]))(?=(?:${THAI_OPENERS.join('|')}))`,
  'gu',
);
// A full stop after these is an abbreviation, not the end of a sentence.
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Assoc|Asst|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])|[ก-๙])\.$/u;

/** The sentences and clauses of a text, as spans without their surrounding spaces. */
export function splitClauses(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  for (const m of text.matchAll(BREAK)) {
    if (/^\s+$/.test(m[0]) && m[0].length === 1 && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** The paragraphs of a text (separated by line breaks), as spans. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/\n+/g)) {
    if (m.index > from) out.push({ start: from, end: m.index, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length, text: text.slice(from) });
  return out;
}
