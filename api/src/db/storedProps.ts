import { LANGS, type Lang, type LocalizedText } from '../../../common/langs.ts';

/*
 * How entities, relationships and citations are stored as flat Neo4j properties; the one place
 * that knows it (cypher/README.md states the same grammar for readers of the queries):
 * - names as `name_th`, `name_en`, `name_zh`;
 * - the sort name of each language as `sortName_th`, `sortName_en`, `sortName_zh` (derived: see
 *   `encodeSortNames`), which the typed lists read in the order of an index;
 * - attributes as `attr_<key>`, or `attr_<key>_<lang>` for each language of a text;
 * - citations as the parallel lists `citeSources`, `citeQuotes` and (entities only) `citeAbout`,
 *   whose items are the comma-joined fields a citation backs.
 */

/** A scalar or list value as stored in Neo4j. */
export type StoredValue = string | number | boolean | string[];

/** The properties of one node or relationship, as written. */
export type StoredProps = Record<string, StoredValue>;

/** Properties as read back (a projection such as `n {.*}`), not yet decoded. */
export type RawProps = Readonly<Record<string, unknown>>;

/** An attribute's value: a scalar, or text in several languages. */
export type AttributeValue = string | number | boolean | LocalizedText;

/** Attributes by key. */
export type Attributes = Readonly<Record<string, AttributeValue>>;

/** A citation as stored: the id of its source, the verbatim quote, and the fields it backs. */
export interface StoredCitation {
  readonly source: string;
  readonly quote: string;
  /** Fields of the entity the citation backs (`names.th`, `startDate`…); empty for a general one. */
  readonly about: string[];
}

/** The fields only sources have, stored under their own names. */
export const SOURCE_FIELDS = ['title', 'language', 'date', 'datePrinted', 'publisher', 'url', 'thread', 'note', 'text'] as const;

/** One of the fields of a source. */
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** A node, decoded: sources have the source fields as well, other entities never. */
export interface StoredEntity extends Partial<Record<SourceField, string>> {
  readonly id: string;
  readonly kind: string;
  readonly names: LocalizedText;
  readonly aliases: string[];
  readonly country: string | null;
  readonly attributes: Attributes;
  readonly citations: readonly StoredCitation[];
}

/** A relationship, decoded, from a projection `r {.*, type, from, to}`. */
export interface StoredRelationship {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Tells apart relationships of one type between the same two entities. */
  readonly key: string | null;
  readonly attributes: Attributes;
  readonly citations: readonly StoredCitation[];
}

/** What encoding an entity needs. */
export interface EntityFields {
  readonly id: string;
  readonly kind: string;
  readonly names: LocalizedText;
  readonly aliases: readonly string[];
  readonly country?: string | undefined;
  readonly attributes: Attributes;
  readonly citations: readonly CitationFields[];
}

/** What encoding a citation needs. */
export interface CitationFields {
  readonly source: string;
  readonly quote: string;
  readonly about?: readonly string[] | undefined;
}

/** What encoding a relationship needs besides its id. */
export interface RelationshipFields {
  readonly key?: string | undefined;
  readonly attributes: Attributes;
  readonly citations: readonly CitationFields[];
}

const ATTR = 'attr_';
const NAME_KEYS: Readonly<Record<Lang, string>> = { th: 'name_th', en: 'name_en', zh: 'name_zh' };
// The order the attribute keys were always listed in (the stored keys, by the default collation).
const collator = new Intl.Collator();

/** The properties every read of an entity takes: what it is and which kind. */
export const IDENTITY_PROPERTIES = ['id', 'kind'] as const;

/**
 * The stored property of each part of an entity a read may take alone, when the request selects
 * nothing else of it: a name in one language, the aliases, the country, a source's title.
 */
export const PART_PROPERTIES = {
  'names.th': 'name_th',
  'names.en': 'name_en',
  'names.zh': 'name_zh',
  aliases: 'aliases',
  country: 'country',
  title: 'title',
} as const satisfies Record<string, string>;

/** A part of an entity a read may take alone. */
export type EntityPart = keyof typeof PART_PROPERTIES;

/** The stored properties of an entity's citations (a relationship's have no `citeAbout`). */
export const CITATION_PROPERTIES = {
  entity: ['citeSources', 'citeQuotes', 'citeAbout'],
  relationship: ['citeSources', 'citeQuotes'],
} as const;

/** How an attribute is stored: one value (`attr_<key>`), text in several languages (`attr_<key>_<lang>`), or either. */
export type AttributeForm = 'scalar' | 'localized' | 'either';

/** The stored properties of one attribute in a form. */
export function attributeProperties(key: string, form: AttributeForm = 'either'): string[] {
  const scalar = form === 'localized' ? [] : [`${ATTR}${key}`];
  const localized = form === 'scalar' ? [] : LANGS.map((lang) => `${ATTR}${key}_${lang}`);
  return [...scalar, ...localized];
}

/** Names as stored properties: one per language given. */
export function encodeNames(names: LocalizedText): StoredProps {
  const out: StoredProps = {};
  for (const lang of LANGS) if (names[lang] !== undefined) out[NAME_KEYS[lang]] = names[lang];
  return out;
}

/** The stored property that holds an entity's sort name in a language (`sortName_en`). */
export function sortNameKey(lang: Lang): string {
  return `sortName_${lang}`;
}

/** The stored sort-name properties, in the order of the languages. */
export const SORT_NAME_KEYS: readonly string[] = LANGS.map(sortNameKey);

/** The names a sort name in a language falls back to: that language first, then English, Thai, Chinese. */
export function sortNameFallbacks(lang: Lang): Lang[] {
  return [lang, ...(['en', 'th', 'zh'] as const).filter((other) => other !== lang)];
}

/**
 * The sort name of an entity in each language, stored with it so that a typed list ordered by
 * name reads its page in the order of an index instead of sorting every entity of its kind: the
 * first of its names in the language's fallback order, else its title (sources), else its id;
 * lower-cased (Unicode's default case mapping, as Cypher's `toLower` does, which filled these
 * for nodes written before they existed: `cypher/schema/009_sort_names.cypher`).
 */
export function encodeSortNames(names: LocalizedText, title: string | undefined, id: string): StoredProps {
  const out: StoredProps = {};
  for (const lang of LANGS) {
    const name = sortNameFallbacks(lang)
      .map((fallback) => names[fallback])
      .find((value) => value !== undefined);
    out[sortNameKey(lang)] = (name ?? title ?? id).toLowerCase();
  }
  return out;
}

/** Attributes as stored properties: `attr_key`, or `attr_key_th` for each language of a text. */
export function encodeAttributes(attributes: Attributes): StoredProps {
  const out: StoredProps = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === 'object') {
      for (const lang of LANGS) if (value[lang] !== undefined) out[`${ATTR}${key}_${lang}`] = value[lang];
    } else out[`${ATTR}${key}`] = value;
  }
  return out;
}

/** Citations as the parallel lists; relationships store no `citeAbout`. */
export function encodeCitations(citations: readonly CitationFields[], withAbout: boolean): StoredProps {
  const props: StoredProps = {
    citeSources: citations.map((c) => c.source),
    citeQuotes: citations.map((c) => c.quote),
  };
  if (withAbout) props.citeAbout = citations.map((c) => (c.about ?? []).join(','));
  return props;
}

/** The stored properties of an entity; `searchKeys` are the folded forms of its names and aliases. */
export function encodeEntity(e: EntityFields, searchKeys: string[]): StoredProps {
  return {
    id: e.id,
    kind: e.kind,
    ...encodeNames(e.names),
    aliases: [...e.aliases],
    searchKeys,
    ...encodeSortNames(e.names, undefined, e.id),
    ...(e.country ? { country: e.country } : {}),
    ...encodeAttributes(e.attributes),
    ...encodeCitations(e.citations, true),
  };
}

/** The stored properties of a source: its own fields, no names, attributes or citations. */
export function encodeSource(s: { readonly id: string } & Partial<Record<SourceField, string>>, searchKeys: string[]): StoredProps {
  const props: StoredProps = { id: s.id, kind: 'SOURCE', aliases: [], searchKeys, ...encodeSortNames({}, s.title, s.id) };
  for (const f of SOURCE_FIELDS) if (s[f] !== undefined) props[f] = s[f];
  return props;
}

/** The stored properties of a relationship with its stable id (its type and ends are the relationship's own). */
export function encodeRelationship(id: string, r: RelationshipFields): StoredProps {
  return { id, ...(r.key ? { key: r.key } : {}), ...encodeAttributes(r.attributes), ...encodeCitations(r.citations, false) };
}

/** Reads names back from stored properties; missing languages stay missing. */
export function decodeNames(props: RawProps): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LANGS) {
    const value = props[NAME_KEYS[lang]];
    if (typeof value === 'string') out[lang] = value;
  }
  return out;
}

/** Reads attributes back, keys in a stable order; the inverse of `encodeAttributes`. */
export function decodeAttributes(props: RawProps): Record<string, AttributeValue> {
  const stored: string[] = [];
  for (const key in props) if (key.startsWith(ATTR) && props[key] !== null && props[key] !== undefined) stored.push(key);
  if (stored.length === 0) return {};
  // One attribute (in one or several languages) needs no order; collation is slow.
  if (!oneAttribute(stored)) stored.sort(collator.compare);
  const out: Record<string, AttributeValue> = {};
  for (const key of stored) {
    const value = props[key];
    const lang = langSuffix(key);
    if (lang) {
      const name = key.slice(ATTR.length, -3);
      const text = out[name];
      if (typeof text === 'object') text[lang] = String(value);
      else out[name] = { [lang]: String(value) };
    } else out[key.slice(ATTR.length)] = value as AttributeValue;
  }
  return out;
}

/** A stored attribute key without its language (`attr_title_en` → `attr_title`). */
function withoutLang(key: string): string {
  return langSuffix(key) ? key.slice(0, -3) : key;
}

/** Whether the stored keys are all of one attribute (`attr_title_th`, `attr_title_en`…). */
function oneAttribute(keys: readonly string[]): boolean {
  const first = withoutLang(keys[0] as string);
  for (const key of keys) if (withoutLang(key) !== first) return false;
  return true;
}

/** The language of a stored key that ends in `_th`, `_en` or `_zh` (after at least one character), else null. */
function langSuffix(key: string): Lang | null {
  const at = key.length - 3;
  if (at <= ATTR.length || key.charCodeAt(at) !== 95 /* _ */) return null;
  const lang = key.slice(at + 1);
  return lang === 'th' || lang === 'en' || lang === 'zh' ? lang : null;
}

/** Reads the parallel citation lists back into citations. */
export function decodeCitations(props: RawProps): StoredCitation[] {
  const sources = (props.citeSources as string[] | null | undefined) ?? [];
  if (sources.length === 0) return [];
  const quotes = (props.citeQuotes as string[] | null | undefined) ?? [];
  const about = (props.citeAbout as string[] | null | undefined) ?? [];
  return sources.map((source, i) => ({ source, quote: quotes[i] ?? '', about: (about[i] ?? '').split(',').filter(Boolean) }));
}

/** Decodes a projected node (`n {.*}`, or `properties(n)`). */
export function decodeEntity(props: RawProps): StoredEntity {
  const entity: { -readonly [K in keyof StoredEntity]: StoredEntity[K] } = {
    id: props.id as string,
    kind: props.kind as string,
    names: decodeNames(props),
    aliases: (props.aliases as string[] | null | undefined) ?? [],
    country: typeof props.country === 'string' ? props.country : null,
    attributes: decodeAttributes(props),
    citations: decodeCitations(props),
  };
  if (props.kind === 'SOURCE') {
    for (const f of SOURCE_FIELDS) {
      const value = props[f];
      if (typeof value === 'string') entity[f] = value;
    }
  }
  return entity;
}

/** Decodes a projected relationship (`r {.*, type: type(r), from: …, to: …}`). */
export function decodeRelationship(props: RawProps): StoredRelationship {
  return {
    id: props.id as string,
    type: props.type as string,
    from: props.from as string,
    to: props.to as string,
    key: typeof props.key === 'string' ? props.key : null,
    attributes: decodeAttributes(props),
    citations: decodeCitations(props),
  };
}
