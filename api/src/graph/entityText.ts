import { LANGS, type Lang, type LocalizedText } from '../../../common/langs.ts';
import type { EntityModel, PropertyModel } from './models.ts';

type Props = Readonly<Record<string, unknown>>;

/** Reads a text stored in several languages (`<prefix>_th`, `<prefix>_en`, `<prefix>_zh`). */
export function localized(props: Props, prefix: string): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LANGS) {
    const value = props[`${prefix}_${lang}`];
    if (typeof value === 'string') out[lang] = value;
  }
  return out;
}

/** The same, or null when no language is given. */
export function localizedOrNull(props: Props, prefix: string): LocalizedText | null {
  const text = localized(props, prefix);
  return Object.keys(text).length > 0 ? text : null;
}

/** Picks a language from a localized text, falling back to English, then Thai, then Chinese. */
export function pick(text: LocalizedText | null, lang: Lang): string | null {
  if (!text) return null;
  return text[lang] ?? text.en ?? text.th ?? text.zh ?? null;
}

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/**
 * The display name of an entity in a language: that language's name, else the English name,
 * else (for English) an alias in Latin script such as `PMU-A`, else Thai, Chinese, the title,
 * and last the id.
 */
export function displayName(entity: EntityModel, lang: Lang): string {
  const names = localized(entity.props, 'name');
  const aliases = (entity.props.aliases as string[] | undefined) ?? [];
  const latinAlias = lang === 'th' ? undefined : aliases.find((a) => LATIN.test(a));
  return (
    names[lang] ??
    names.en ??
    latinAlias ??
    names.th ??
    names.zh ??
    aliases[0] ??
    (typeof entity.props.title === 'string' ? entity.props.title : undefined) ??
    entity.id
  );
}

/** Every `attr_…` property as key/value text, with the language of localized ones. */
export function attributeList(props: Props): PropertyModel[] {
  const out: PropertyModel[] = [];
  for (const [stored, value] of Object.entries(props).sort(([a], [b]) => a.localeCompare(b))) {
    if (!stored.startsWith('attr_') || value === null || value === undefined) continue;
    const m = /^attr_(.*)_(th|en|zh)$/.exec(stored);
    out.push(
      m
        ? { key: m[1] as string, value: String(value), lang: (m[2] as string).toUpperCase() as 'TH' | 'EN' | 'ZH' }
        : { key: stored.slice('attr_'.length), value: String(value), lang: null },
    );
  }
  return out;
}

/** Maps the GraphQL language enum to a language code. */
export function langOf(lang: 'TH' | 'EN' | 'ZH' | null | undefined): Lang {
  return lang === 'TH' ? 'th' : lang === 'ZH' ? 'zh' : 'en';
}
