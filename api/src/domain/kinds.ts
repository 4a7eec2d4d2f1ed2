/** The kinds of entity in the graph, with the Neo4j label and id prefix of each. */
export const ENTITY_KINDS = [
  'PERSON',
  'AGENCY',
  'COMMITTEE',
  'MEETING',
  'WORKING_GROUP',
  'SITE',
  'PLACE',
  'TOPIC',
  'PROGRAM',
  'SOURCE',
] as const;

/** One of the entity kinds. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The languages names and labels come in. */
export const LANGS = ['th', 'en', 'zh'] as const;

/** A language code. */
export type Lang = (typeof LANGS)[number];

/** Text in up to three languages; a missing language stays missing. */
export type LocalizedText = Partial<Record<Lang, string>>;

const LABELS: Record<EntityKind, string> = {
  PERSON: 'Person',
  AGENCY: 'Agency',
  COMMITTEE: 'Committee',
  MEETING: 'Meeting',
  WORKING_GROUP: 'WorkingGroup',
  SITE: 'Site',
  PLACE: 'Place',
  TOPIC: 'Topic',
  PROGRAM: 'Program',
  SOURCE: 'Source',
};

const PREFIXES: Record<EntityKind, string> = {
  PERSON: 'person',
  AGENCY: 'agency',
  COMMITTEE: 'committee',
  MEETING: 'meeting',
  WORKING_GROUP: 'working-group',
  SITE: 'site',
  PLACE: 'place',
  TOPIC: 'topic',
  PROGRAM: 'program',
  SOURCE: 'source',
};

/** The Neo4j label that nodes of a kind carry besides `Entity`. */
export function labelOf(kind: EntityKind): string {
  return LABELS[kind];
}

/** The prefix every id of a kind starts with, before the colon. */
export function idPrefixOf(kind: EntityKind): string {
  return PREFIXES[kind];
}

/** Whether a string is one of the entity kinds. */
export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}
