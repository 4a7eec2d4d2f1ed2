import type { LocalizedText } from '../../common/langs.ts';
import type { Random } from '../../common/random.ts';
import {
  CHINESE_GIVEN,
  CHINESE_SURNAMES,
  OTHER_FAMILY,
  OTHER_GIVEN,
  THAI_GIVEN_HEADS,
  THAI_GIVEN_TAILS,
  THAI_SURNAME_PARTS,
  type Triple,
} from './vocabulary.ts';

/** The language a synthetic source is written in. */
export type SourceLang = 'th' | 'en' | 'zh';

/** Names from a [th, en, zh] triple, leaving out empty languages. */
export function namesOf(triple: Triple): LocalizedText {
  const [th, en, zh] = triple;
  return { ...(th ? { th } : {}), ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
}

/** How a name is printed in a source of a language: that language if known, else English, Thai, Chinese. */
export function nameIn(names: LocalizedText, lang: SourceLang): string {
  return names[lang] ?? names.en ?? names.th ?? names.zh ?? '';
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An invented person's name, in the languages a source of their country would print. */
export function personName(random: Random, country: string): LocalizedText {
  if (country === 'TH') {
    const [h1, h2] = random.pick(THAI_GIVEN_HEADS);
    const [t1, t2] = random.pick(THAI_GIVEN_TAILS);
    const parts = [random.pick(THAI_SURNAME_PARTS), random.pick(THAI_SURNAME_PARTS)];
    return { th: `${h1}${t1} ${parts.map((p) => p[0]).join('')}`, en: `${h2}${t2} ${capital(parts.map((p) => p[1]).join(''))}` };
  }
  if (country === 'CN') {
    const [sz, sp] = random.pick(CHINESE_SURNAMES);
    const given = random.chance(0.6) ? [random.pick(CHINESE_GIVEN), random.pick(CHINESE_GIVEN)] : [random.pick(CHINESE_GIVEN)];
    return { zh: `${sz}${given.map((g) => g[0]).join('')}`, en: `${sp} ${capital(given.map((g) => g[1]).join(''))}` };
  }
  return { en: `${random.pick(OTHER_GIVEN)} ${random.pick(OTHER_FAMILY)}` };
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_TH = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];

/** Prints an ISO date as a source of the language would: `5 March 2011`, `5 มีนาคม 2554` (Buddhist era), `2011年3月5日`. */
export function formatDate(iso: string, lang: SourceLang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'th') return `${d} ${MONTHS_TH[m - 1]} ${y + 543}`;
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** The ISO date `days` after another. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An ISO date from a day number counted from 1 January 1970. */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** An acronym of the English name's capitalised words, e.g. `NCRE` for "National Centre of Renewable Energy". */
export function acronymOf(english: string): string {
  return english
    .split(/[\s–-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Joins a list of names the way a source of the language would. */
export function listIn(items: readonly string[], lang: SourceLang): string {
  if (lang === 'zh') return items.join('、');
  if (lang === 'th') return items.join(' ');
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
