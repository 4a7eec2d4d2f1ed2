import { langEnumOf, type Lang, type LocalizedText, pickLang } from '../../../common/langs.ts';
import type { Attributes } from '../db/storedProps.ts';
import type { PropertyModel } from './models.ts';

/** Every attribute as key/value text, localized ones once per language, in a stable order. */
export function attributeList(attributes: Attributes): PropertyModel[] {
  const out: PropertyModel[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value !== 'object') out.push({ key, value: String(value), lang: null });
    else for (const [lang, text] of Object.entries(value)) out.push({ key, value: text, lang: langEnumOf(lang as Lang) });
  }
  return out;
}

/** An attribute given as one value (not as text in several languages), or undefined. */
export function scalarAttribute(attributes: Attributes, key: string): string | number | boolean | undefined {
  const value = attributes[key];
  return typeof value === 'object' ? undefined : value;
}

/** An attribute given as text in several languages, or null. */
export function localizedAttribute(attributes: Attributes, key: string): LocalizedText | null {
  const value = attributes[key];
  return typeof value === 'object' ? value : null;
}

/** An attribute as text in a language: localized text with its fallbacks, else the single value as written. */
export function attributeText(attributes: Attributes, key: string, lang: Lang): string | null {
  const value = attributes[key];
  if (value === undefined) return null;
  return typeof value === 'object' ? pickLang(value, lang) : String(value);
}
