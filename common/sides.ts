import type { Lang } from './langs.ts';

/** The side of the cooperation an entity belongs to. */
export type Side = 'TH' | 'CN' | 'OTHER';

/** The sides, in the order they are listed. */
export const SIDES: readonly Side[] = ['TH', 'CN', 'OTHER'];

const SIDE_NAMES: Readonly<Record<Side, Readonly<Record<Lang, string>>>> = {
  TH: { th: 'ไทย', en: 'Thailand', zh: '泰国' },
  CN: { th: 'จีน', en: 'China', zh: '中国' },
  OTHER: { th: 'อื่น ๆ', en: 'Other / none', zh: '其他' },
};

/** The side of an entity from its ISO country code: Thailand, China, or neither. */
export function sideOf(countryCode: string | null | undefined): Side {
  return countryCode === 'TH' ? 'TH' : countryCode === 'CN' ? 'CN' : 'OTHER';
}

/** The name of a side in a language. */
export function sideLabel(side: Side, lang: Lang): string {
  return SIDE_NAMES[side][lang];
}

/** The name of a country code as a side (Thailand, China), the code itself for any other, or null. */
export function countrySideName(code: string | null | undefined, lang: Lang): string | null {
  if (code === 'TH' || code === 'CN') return SIDE_NAMES[code][lang];
  return code ?? null;
}
