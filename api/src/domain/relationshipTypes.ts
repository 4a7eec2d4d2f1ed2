import type { EntityKind, LocalizedText } from './kinds.ts';

/** What a relationship type may connect, and how it reads in each language. */
export interface RelationshipTypeSpec {
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  readonly label: Required<LocalizedText>;
}

const ACTORS: readonly EntityKind[] = ['PERSON', 'AGENCY'];

/** The relationship types the dataset may use; anything else is rejected on import. */
export const RELATIONSHIP_TYPES = {
  HOLDS_POSITION: {
    from: ['PERSON'],
    to: ['AGENCY'],
    label: { th: 'ดำรงตำแหน่งที่', en: 'holds position at', zh: '任职于' },
  },
  PART_OF: {
    from: ['AGENCY'],
    to: ['AGENCY'],
    label: { th: 'เป็นส่วนหนึ่งของ', en: 'part of', zh: '隶属于' },
  },
  ACTS_FOR: {
    from: ['AGENCY'],
    to: ['AGENCY'],
    label: { th: 'ดำเนินการในนามของ', en: 'acts for', zh: '代表' },
  },
  BASED_IN: {
    from: ['AGENCY', 'PERSON'],
    to: ['PLACE'],
    label: { th: 'ตั้งอยู่ที่', en: 'based in', zh: '位于' },
  },
  LOCATED_IN: {
    from: ['SITE', 'PLACE'],
    to: ['SITE', 'PLACE'],
    label: { th: 'อยู่ใน', en: 'located in', zh: '位于' },
  },
  PARTY_TO: {
    from: ['AGENCY'],
    to: ['COMMITTEE'],
    label: { th: 'เป็นภาคีของ', en: 'party to', zh: '参与方' },
  },
  OF_COMMITTEE: {
    from: ['MEETING'],
    to: ['COMMITTEE'],
    label: { th: 'การประชุมของ', en: 'meeting of', zh: '会议属于' },
  },
  CHAIRED: {
    from: ['PERSON'],
    to: ['MEETING'],
    label: { th: 'เป็นประธาน', en: 'chaired', zh: '主持' },
  },
  ATTENDED: {
    from: ACTORS,
    to: ['MEETING'],
    label: { th: 'เข้าร่วม', en: 'attended', zh: '出席' },
  },
  HELD_AT: {
    from: ['MEETING'],
    to: ['SITE'],
    label: { th: 'จัดที่', en: 'held at', zh: '举办地点' },
  },
  HAS_WORKING_GROUP: {
    from: ['MEETING', 'COMMITTEE'],
    to: ['WORKING_GROUP'],
    label: { th: 'มีคณะทำงาน', en: 'has working group', zh: '设工作组' },
  },
  FOCUSES_ON: {
    from: ['WORKING_GROUP', 'PROGRAM'],
    to: ['TOPIC'],
    label: { th: 'มุ่งเน้น', en: 'focuses on', zh: '聚焦' },
  },
  MEMBER_OF: {
    from: ACTORS,
    to: ['WORKING_GROUP'],
    label: { th: 'เป็นสมาชิกของ', en: 'member of', zh: '成员' },
  },
  PROPOSED_AS_COORDINATOR_WITH: {
    from: ['AGENCY'],
    to: ['AGENCY'],
    label: { th: 'ได้รับการเสนอให้เป็นแกนกลางประสานกับ', en: 'proposed as coordinator with', zh: '被提议为协调方对接' },
  },
  HAS_FIELD_VISIT: {
    from: ['MEETING'],
    to: ['SITE'],
    label: { th: 'มีการศึกษาดูงานที่', en: 'field visit to', zh: '实地考察' },
  },
  VISITED: {
    from: ACTORS,
    to: ['SITE'],
    label: { th: 'ศึกษาดูงานที่', en: 'visited', zh: '考察' },
  },
  HOSTED_VISIT: {
    from: ACTORS,
    to: ['SITE'],
    label: { th: 'พาศึกษาดูงานที่', en: 'hosted visit to', zh: '接待考察' },
  },
  OPERATES: {
    from: ['AGENCY'],
    to: ['SITE', 'PROGRAM'],
    label: { th: 'ดำเนินการ', en: 'operates', zh: '运营' },
  },
  PARTICIPATES_IN: {
    from: ACTORS,
    to: ['PROGRAM'],
    label: { th: 'มีส่วนร่วมใน', en: 'participates in', zh: '参与' },
  },
  PRESENTED: {
    from: ['PERSON'],
    to: ['PROGRAM', 'TOPIC', 'AGENCY'],
    label: { th: 'นำเสนอ', en: 'presented', zh: '介绍' },
  },
  ADVOCATED: {
    from: ACTORS,
    to: ['TOPIC'],
    label: { th: 'ผลักดัน', en: 'advocated', zh: '倡导' },
  },
} as const satisfies Record<string, RelationshipTypeSpec>;

/** One of the relationship types. */
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;

/** Every relationship type name, in catalogue order. */
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Whether a string names a relationship type of the catalogue. */
export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.hasOwn(RELATIONSHIP_TYPES, value);
}
