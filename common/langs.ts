/** The languages names, labels and sources come in. */
export const LANGS = ['th', 'en', 'zh'] as const;

/** A language code. */
export type Lang = (typeof LANGS)[number];

/** Text in up to three languages; a missing language stays missing. */
export type LocalizedText = Partial<Record<Lang, string>>;

/** The GraphQL spelling of a language (`TH`, `EN`, `ZH`). */
export type LangEnum = 'TH' | 'EN' | 'ZH';

/** Each language's own name for itself, as a reader of that language would look for it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { th: 'ไทย', en: 'English', zh: '中文' };

/** Whether a string is one of the language codes. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Maps the GraphQL language enum to a language code; no language means English. */
export function langOf(lang: LangEnum | null | undefined): Lang {
  return lang === 'TH' ? 'th' : lang === 'ZH' ? 'zh' : 'en';
}

/** Maps a language code to the GraphQL language enum. */
export function langEnumOf(lang: Lang): LangEnum {
  return lang.toUpperCase() as LangEnum;
}

/** Picks a language from a localized text, falling back to English, then Thai, then Chinese. */
export function pickLang(text: LocalizedText | null | undefined, lang: Lang): string | null {
  if (!text) return null;
  return text[lang] ?? text.en ?? text.th ?? text.zh ?? null;
}
