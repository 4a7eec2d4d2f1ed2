import type { Lang, LocalizedText } from './langs.ts';

/** What the display name is chosen from. */
export interface NamedThing {
  readonly id: string;
  readonly names: LocalizedText;
  readonly aliases: readonly string[];
  /** A source's title, for entities that have one. */
  readonly title?: string | null;
}

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/**
 * The display name of an entity in a language — the one rule, stated in schema.graphql too:
 * that language's name; else English; else (for English and Chinese) an alias in Latin script
 * such as `PMU-A`; else Thai, Chinese, the first alias, a source's title, and last the id.
 */
export function displayName(thing: NamedThing, lang: Lang): string {
  const { names, aliases } = thing;
  const latinAlias = lang === 'th' ? undefined : aliases.find((a) => LATIN.test(a));
  return names[lang] ?? names.en ?? latinAlias ?? names.th ?? names.zh ?? aliases[0] ?? thing.title ?? thing.id;
}
