import type { Mention } from './types.ts';

const T = '\\u0e01-\\u0e4e';
// Thai abbreviations that are titles, not bodies.
const TITLE_ABBREVIATIONS = new Set(['ดร', 'นพ', 'พญ', 'ผศ', 'รศ', 'ทพ', 'ทพญ', 'ภก', 'ภญ', 'นส', 'พล', 'ผอ', 'รมว', 'รมช', 'ปธ']);
const THAI_ACRONYM = new RegExp(`(?<![${T}])([ก-ฮ]{2,6})\\.(?![${T}])`, 'gu');
const LATIN_ACRONYM = /(?<![A-Za-z0-9.])([A-Z][A-Za-z]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?)(?![A-Za-z0-9])/g;
// All-capital words that are seldom a body's name.
const NOT_BODIES = new Set([
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'XII',
  'AM',
  'PM',
  'CEO',
  'PDF',
  'OK',
  'TV',
  'USD',
  'THB',
  'CNY',
  'GDP',
  'AI',
  'IT',
]);

/** Acronyms standing alone: Thai letters with a final dot (`สอวช.`), Latin capitals (`CRTDC`, `PMU-A`); both usually name a body. */
export function findAcronyms(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(THAI_ACRONYM)) {
    if (TITLE_ABBREVIATIONS.has(m[1] ?? '')) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'AGENCY',
      candidates: [],
      rule: 'acronym: Thai letters and dot',
      attributes: {},
    });
  }
  for (const m of text.matchAll(LATIN_ACRONYM)) {
    if (NOT_BODIES.has(m[0]) || /^[A-Z][a-z]/.test(m[0])) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'AGENCY',
      candidates: [],
      rule: 'acronym: Latin capitals',
      attributes: {},
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const IN_PARENTHESES = new RegExp(`^\\s?[(（]\\s*(?:[^()（）]*?[:：]\\s*)?([A-Z][A-Za-z0-9&-]{1,12}|[ก-ฮ]{2,8}\\.?)\\s*[)）]`, 'u');
const AFTER_COLON = /^\s*[:：]\s*([A-Z][A-Za-z0-9&-]{1,12})(?![A-Za-z])/u;

/**
 * The acronym a text gives a body in parentheses right after its name (`(สอวช.)`, `(NXPO)`,
 * `(… Center: CRTDC)`) or after a colon (`Center: CRTDC`): it becomes an alias of that mention.
 */
export function acronymGivenAfter(
  text: string,
  mention: { end: number },
): { start: number; end: number; alias: string; rule: string } | null {
  const rest = text.slice(mention.end);
  for (const [pattern, rule] of [
    [AFTER_COLON, 'alias: acronym after a colon'],
    [IN_PARENTHESES, 'alias: acronym in parentheses'],
  ] as const) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const alias = m[1] ?? '';
    const start = mention.end + m[0].lastIndexOf(alias);
    return { start, end: start + alias.length, alias, rule };
  }
  return null;
}
