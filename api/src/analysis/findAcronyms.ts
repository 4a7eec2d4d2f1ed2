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
  // Documents, not bodies.
  'MOU',
  'MoU',
  'MOA',
  'LOI',
]);
// A one-syllable pinyin word in capitals is a Chinese surname printed the English way (`Jian WANG`, `CAO Jianlin`).
const PINYIN_SYLLABLE =
  /^(?:[BPMFDTNLGKHJQXRZCSYW]|ZH|CH|SH)?(?:A|O|E|AI|EI|AO|OU|AN|EN|ANG|ENG|ONG|I|IA|IE|IAO|IU|IAN|IN|IANG|ING|IONG|U|UA|UO|UAI|UI|UAN|UN|UANG|UE|V)$/;
const NOT_BODY_AFTER = /^[\s-]+(?:Program(?:me)?|Project|Initiative|Meeting|Agreement|Plan|Fund|Framework|Platform|Mechanism)\b/u;
const THAI_BODY_HEAD = /กระทรวง|สถาบัน|สำนัก|ศูนย์|มหาวิทยาลัย|วิทยาลัย|องค์การ|กรม|สภา|สมาคม|มูลนิธิ|บริษัท|หน่วย|ฝ่าย|คณะ|ธนาคาร|สถานเอกอัครราชทูต/u;
const TITLE_CASE_WORD = /^[A-Z][a-z]+$/;
// Words whose initials an acronym may spell: an acronym spelled by a phrase without a body's head word names something else (a meeting, a programme, a topic).
const BODY_HEAD =
  /\b(?:Ministry|Embassy|Office|Department|Bureau|University|Academy|Institute|Agency|Administration|Council|Commission|Center|Centre|Foundation|Association|Corporation|Authority|Laboratory|Company|Organi[sz]ation|Government|Bank|Society|Observatory|Museum|Group)\b/u;

/** Whether a capitalised word stands beside a name word the way a surname does. */
function printedAsSurname(text: string, start: number, end: number, word: string): boolean {
  const before = /([A-Za-z]+)\s$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  const after = /^\s([A-Za-z]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  const besideName = TITLE_CASE_WORD.test(before) || TITLE_CASE_WORD.test(after);
  // `Pasupha CHINVARASOPAK`: a long word in capitals right after a given name.
  const longName = /^[A-Z]{7,}$/u.test(word) && (word.match(/[AEIOU]/gu)?.length ?? 0) >= 3;
  return besideName && (PINYIN_SYLLABLE.test(word) || (longName && TITLE_CASE_WORD.test(before)));
}

/** Whether the text gives an acronym in parentheses after a capitalised phrase that is no body's name (`Joint Committee Meeting (JCM)`, `High-Speed Rail (HSR)`). */
function spelledAsOther(text: string, acronym: string): boolean {
  // `(STEP)`, or the acronym after a dash at the end of the parentheses (`(… Partnership Program-STEP)`).
  const given = new RegExp(`[(（]([^()（）]*?)\\s*[-–]\\s*${acronym}[)）]`, 'u').exec(text);
  const at = text.indexOf(`(${acronym})`);
  if (at < 0 && !given) return false;
  // After a Thai phrase (`ด้านรถไฟความเร็วสูง (HSR)`): a body only if the phrase holds a Thai body's head word.
  const thaiBefore = at >= 0 ? (/[\u0e01-\u0e4e][\u0e01-\u0e4e\s]*\s?$/u.exec(text.slice(Math.max(0, at - 60), at))?.[0] ?? '') : '';
  if (thaiBefore.trim().length >= 4) return !THAI_BODY_HEAD.test(thaiBefore);
  const phrase = given ? (given[1] ?? '') : (PHRASE_BEFORE.exec(text.slice(Math.max(0, at - 120), at))?.[0].trim() ?? '');
  const words = phrase.split(/[\s-]+/u).filter((w) => /^[A-Z]/u.test(w));
  return words.length >= 2 && words.some((w) => w[0] === acronym[0]) && !BODY_HEAD.test(phrase);
}
const PHRASE_BEFORE = /(?:[A-Z][\w’'-]*\s+(?:(?:of|and|the|for|on|in|&)\s+)*)*[A-Z][\w’'-]*\s*$/u;

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
    if (printedAsSurname(text, m.index, m.index + m[0].length, m[0]) || spelledAsOther(text, m[0])) continue;
    // `STEP Program`, `BRI Initiative`: an acronym before a word naming a programme or a meeting names that.
    if (NOT_BODY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
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
