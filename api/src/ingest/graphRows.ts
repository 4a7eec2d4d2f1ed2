import { type EntityKind, labelOf } from '../../../common/kinds.ts';
import { LANGS, type LocalizedText } from '../../../common/langs.ts';
import { searchKey } from '../domain/searchKeys.ts';
import {
  type Dataset,
  type LoadedEntity,
  type LoadedRelationship,
  type LoadedSource,
  relationshipId,
  type ResolvedCitation,
} from './dataset.ts';
import type { AttributeValue, DatasetFileInput } from './datasetSchema.ts';

/** A scalar or list value as stored in Neo4j. */
export type StoredValue = string | number | boolean | string[];

/** A node as written to Neo4j: its id, extra label and flat properties. */
export interface NodeRow {
  readonly id: string;
  readonly label: string;
  readonly props: Record<string, StoredValue>;
}

/** A relationship as written to Neo4j. */
export interface RelationshipRow {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, StoredValue>;
}

const ATTR = 'attr_';
const SOURCE_FIELDS = ['title', 'language', 'date', 'publisher', 'url', 'note', 'text'] as const;

/** Flattens attributes to stored properties: `attr_key`, or `attr_key_th` for each language of a text. */
export function flattenAttributes(attributes: Readonly<Record<string, AttributeValue>>): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === 'object') {
      for (const lang of LANGS) if (value[lang] !== undefined) out[`${ATTR}${key}_${lang}`] = value[lang];
    } else out[`${ATTR}${key}`] = value;
  }
  return out;
}

/** Rebuilds attributes from stored properties; the inverse of `flattenAttributes`. */
export function unflattenAttributes(props: Readonly<Record<string, unknown>>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [stored, value] of Object.entries(props).sort(([a], [b]) => a.localeCompare(b))) {
    if (!stored.startsWith(ATTR)) continue;
    const rest = stored.slice(ATTR.length);
    const m = /^(.*)_(th|en|zh)$/.exec(rest);
    if (m) {
      const [, key, lang] = m as unknown as [string, string, 'th' | 'en' | 'zh'];
      const text = (typeof out[key] === 'object' ? out[key] : {}) as LocalizedText;
      out[key] = { ...text, [lang]: String(value) };
    } else out[rest] = value as AttributeValue;
  }
  return out;
}

function citationProps(citations: readonly ResolvedCitation[], withAbout: boolean): Record<string, StoredValue> {
  const props: Record<string, StoredValue> = {
    citeSources: citations.map((c) => c.source),
    citeQuotes: citations.map((c) => c.quote),
  };
  if (withAbout) props.citeAbout = citations.map((c) => (c.about ?? []).join(','));
  return props;
}

function nameProps(names: LocalizedText): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const lang of LANGS) if (names[lang] !== undefined) out[`name_${lang}`] = names[lang];
  return out;
}

function keysOf(texts: readonly (string | undefined)[]): string[] {
  return [
    ...new Set(
      texts
        .filter((t): t is string => !!t)
        .map(searchKey)
        .filter(Boolean),
    ),
  ];
}

/** The node row of a source. */
export function sourceRow(s: Omit<LoadedSource, 'file'>): NodeRow {
  const props: Record<string, StoredValue> = { id: s.id, kind: 'SOURCE', aliases: [], searchKeys: keysOf([s.title]) };
  for (const f of SOURCE_FIELDS) if (s[f] !== undefined) props[f] = s[f];
  return { id: s.id, label: labelOf('SOURCE'), props };
}

/** The node row of an entity. */
export function entityRow(e: Omit<LoadedEntity, 'file'>): NodeRow {
  return {
    id: e.id,
    label: labelOf(e.kind as EntityKind),
    props: {
      id: e.id,
      kind: e.kind,
      ...nameProps(e.names),
      aliases: [...e.aliases],
      searchKeys: keysOf([e.names.th, e.names.en, e.names.zh, ...e.aliases]),
      ...(e.country ? { country: e.country } : {}),
      ...flattenAttributes(e.attributes),
      ...citationProps(e.citations, true),
    },
  };
}

/** The row of a relationship, with its stable id. */
export function relationshipRow(r: Omit<LoadedRelationship, 'file'>): RelationshipRow {
  const id = relationshipId(r);
  return {
    id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: { id, ...(r.key ? { key: r.key } : {}), ...flattenAttributes(r.attributes), ...citationProps(r.citations, false) },
  };
}

/** Turns a dataset into node rows: sources first, then entities. */
export function toNodeRows(dataset: Dataset): NodeRow[] {
  return [...dataset.sources.map(sourceRow), ...dataset.entities.map(entityRow)];
}

/** Turns a dataset's relationships into rows with stable ids. */
export function toRelationshipRows(dataset: Dataset): RelationshipRow[] {
  return dataset.relationships.map(relationshipRow);
}

function citationsFrom(props: Readonly<Record<string, unknown>>): NonNullable<DatasetFileInput['entities']>[number]['citations'] {
  const sources = (props.citeSources as string[] | undefined) ?? [];
  const quotes = (props.citeQuotes as string[] | undefined) ?? [];
  const about = (props.citeAbout as string[] | undefined) ?? [];
  return sources.map((source, i) => {
    const keys = (about[i] ?? '').split(',').filter(Boolean);
    return { source, quote: quotes[i] ?? '', ...(keys.length ? { about: keys } : {}) };
  });
}

/** Rebuilds a dataset file from stored nodes and relationships, in a stable order; the inverse of the rows. */
export function toDatasetFile(
  nodes: readonly Readonly<Record<string, unknown>>[],
  rels: readonly { type: string; from: string; to: string; props: Readonly<Record<string, unknown>> }[],
): DatasetFileInput {
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  const sources = nodes
    .filter((n) => n.kind === 'SOURCE')
    .map((n) => {
      const s: Record<string, unknown> = { id: n.id };
      for (const f of SOURCE_FIELDS) if (n[f] !== undefined && n[f] !== null) s[f] = n[f];
      return s as { id: string } & Record<string, unknown>;
    })
    .sort(byId);
  const entities = nodes
    .filter((n) => n.kind !== 'SOURCE')
    .map((n) => {
      const names: LocalizedText = {};
      for (const lang of LANGS) if (typeof n[`name_${lang}`] === 'string') names[lang] = n[`name_${lang}`] as string;
      return {
        id: n.id as string,
        kind: n.kind as string,
        names,
        aliases: (n.aliases as string[] | undefined) ?? [],
        ...(typeof n.country === 'string' ? { country: n.country } : {}),
        attributes: unflattenAttributes(n),
        citations: citationsFrom(n),
      };
    })
    .sort(byId);
  const relationships = rels
    .map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      ...(typeof r.props.key === 'string' ? { key: r.props.key } : {}),
      attributes: unflattenAttributes(r.props),
      citations: citationsFrom(r.props),
    }))
    .sort((a, b) => relationshipId(a).localeCompare(relationshipId(b)));
  return { sources, entities, relationships } as DatasetFileInput;
}
