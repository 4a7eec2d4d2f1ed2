import type { Lang } from './langs.ts';

/** The kinds of entity in the graph. */
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

/** What the product knows of a kind: its GraphQL type, its Neo4j label, its id prefix and its name. */
export interface KindInfo {
  /** The GraphQL object type of entities of the kind. */
  readonly typeName: string;
  /** The Neo4j label nodes of the kind carry besides `Entity` (the same word as the type name). */
  readonly label: string;
  /** What every id of the kind starts with, before the colon. */
  readonly idPrefix: string;
  /** The kind's name in each language. */
  readonly names: Readonly<Record<Lang, string>>;
}

const KINDS: Readonly<Record<EntityKind, KindInfo>> = {
  PERSON: { typeName: 'Person', label: 'Person', idPrefix: 'person', names: { th: 'บุคคล', en: 'Person', zh: '人物' } },
  AGENCY: { typeName: 'Agency', label: 'Agency', idPrefix: 'agency', names: { th: 'หน่วยงาน', en: 'Agency', zh: '机构' } },
  COMMITTEE: {
    typeName: 'Committee',
    label: 'Committee',
    idPrefix: 'committee',
    names: { th: 'คณะกรรมการ', en: 'Committee', zh: '委员会' },
  },
  MEETING: { typeName: 'Meeting', label: 'Meeting', idPrefix: 'meeting', names: { th: 'การประชุม', en: 'Meeting', zh: '会议' } },
  WORKING_GROUP: {
    typeName: 'WorkingGroup',
    label: 'WorkingGroup',
    idPrefix: 'working-group',
    names: { th: 'คณะทำงาน', en: 'Working group', zh: '工作组' },
  },
  SITE: { typeName: 'Site', label: 'Site', idPrefix: 'site', names: { th: 'สถานที่', en: 'Site', zh: '地点' } },
  PLACE: { typeName: 'Place', label: 'Place', idPrefix: 'place', names: { th: 'พื้นที่', en: 'Place', zh: '地区' } },
  TOPIC: { typeName: 'Topic', label: 'Topic', idPrefix: 'topic', names: { th: 'ประเด็น', en: 'Topic', zh: '议题' } },
  PROGRAM: {
    typeName: 'Program',
    label: 'Program',
    idPrefix: 'program',
    names: { th: 'แพลตฟอร์ม / โครงการ', en: 'Program', zh: '项目' },
  },
  SOURCE: { typeName: 'Source', label: 'Source', idPrefix: 'source', names: { th: 'แหล่งที่มา', en: 'Source', zh: '来源' } },
};

/** Everything known of a kind. */
export function kindInfo(kind: EntityKind): KindInfo {
  return KINDS[kind];
}

/** The Neo4j label that nodes of a kind carry besides `Entity`. */
export function labelOf(kind: EntityKind): string {
  return KINDS[kind].label;
}

/** The prefix every id of a kind starts with, before the colon. */
export function idPrefixOf(kind: EntityKind): string {
  return KINDS[kind].idPrefix;
}

/** The GraphQL object type name of a kind. */
export function typeNameOf(kind: EntityKind): string {
  return KINDS[kind].typeName;
}

/** Whether a string is one of the entity kinds. */
export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && value in KINDS;
}

/** The name of a kind in a language; a string that is no kind reads as itself. */
export function kindName(kind: string, lang: Lang): string {
  return isEntityKind(kind) ? KINDS[kind].names[lang] : kind;
}
