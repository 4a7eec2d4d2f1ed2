import type { AttributeRead, LinkDirection } from '../model/readPlan.ts';
import type { RelationshipType } from '../domain/relationshipTypes.ts';

/** The GraphQL type of the items of a relationship field: what its sub-selection may ask. */
export type LinkRowType = 'Link' | 'Position' | 'MeetingRole' | 'Membership';

/** A field of a domain type read from relationships: direction, types (read in this order) and item type. */
export interface TypedField {
  readonly dir: LinkDirection;
  readonly types: readonly RelationshipType[];
  readonly row: LinkRowType;
}

const out = (row: LinkRowType, ...types: RelationshipType[]): TypedField => ({ dir: 'OUT', types, row });
const into = (row: LinkRowType, ...types: RelationshipType[]): TypedField => ({ dir: 'IN', types, row });

/**
 * Every relationship field of schema.graphql, by type and field: the resolvers read them through
 * it, and the read compiler plans them from it, so that both follow the same relationships.
 */
export const TYPED_FIELDS = {
  Person: {
    positions: out('Position', 'HOLDS_POSITION'),
    meetings: out('MeetingRole', 'CHAIRED', 'ATTENDED'),
    workingGroups: out('Membership', 'MEMBER_OF'),
  },
  Agency: {
    country: out('Link', 'BASED_IN'),
    parent: out('Link', 'PART_OF'),
    children: into('Link', 'PART_OF'),
    people: into('Position', 'HOLDS_POSITION'),
    meetings: out('MeetingRole', 'ATTENDED'),
    workingGroups: out('Membership', 'MEMBER_OF'),
  },
  Committee: {
    meetings: into('Link', 'OF_COMMITTEE'),
    parties: into('Link', 'PARTY_TO'),
  },
  Meeting: {
    committee: out('Link', 'OF_COMMITTEE'),
    venue: out('Link', 'HELD_AT'),
    chairs: into('Link', 'CHAIRED'),
    attendees: into('Link', 'ATTENDED'),
    workingGroups: out('Link', 'HAS_WORKING_GROUP'),
    fieldVisits: out('Link', 'HAS_FIELD_VISIT'),
  },
  WorkingGroup: {
    meeting: into('Link', 'HAS_WORKING_GROUP'),
    topics: out('Link', 'FOCUSES_ON'),
    members: into('Membership', 'MEMBER_OF'),
  },
  Site: {
    place: out('Link', 'LOCATED_IN'),
    visits: into('Link', 'VISITED', 'HOSTED_VISIT'),
    meetings: into('Link', 'HELD_AT', 'HAS_FIELD_VISIT'),
  },
  Place: {
    within: out('Link', 'LOCATED_IN'),
    contains: into('Link', 'LOCATED_IN', 'BASED_IN'),
  },
  Topic: {
    focusedBy: into('Link', 'FOCUSES_ON'),
  },
  Program: {
    operators: into('Link', 'OPERATES'),
    participants: into('Link', 'PARTICIPATES_IN'),
    topics: out('Link', 'FOCUSES_ON'),
  },
} as const satisfies Record<string, Record<string, TypedField>>;

/** A domain type that has relationship fields. */
export type TypedFieldOwner = keyof typeof TYPED_FIELDS;

/** The relationship field `field` of the GraphQL type `typeName`, if it is one. */
export function typedField(typeName: string, field: string): TypedField | undefined {
  return (TYPED_FIELDS as Record<string, Record<string, TypedField> | undefined>)[typeName]?.[field];
}

/**
 * Which end of the relationship an item field names: `start` or `end` of the relationship
 * (e.g. `Position.person` is the start of HOLDS_POSITION), or `other` for `Link.entity`; with
 * the field's GraphQL type.
 */
export const ROW_ENDS: Readonly<Record<LinkRowType, Readonly<Record<string, { end: 'start' | 'end' | 'other'; type: string }>>>> = {
  Link: { entity: { end: 'other', type: 'Entity' } },
  Position: { person: { end: 'start', type: 'Person' }, organization: { end: 'end', type: 'Agency' } },
  MeetingRole: { meeting: { end: 'end', type: 'Meeting' } },
  Membership: { member: { end: 'start', type: 'Entity' }, workingGroup: { end: 'end', type: 'WorkingGroup' } },
};

/**
 * The item fields that read one attribute of the relationship, by item type: a read that selects
 * only these (besides the ends, `type`, `label` and `citations`) reads only their properties.
 */
export const ROW_ATTRIBUTES: Readonly<Record<LinkRowType, Readonly<Record<string, AttributeRead>>>> = {
  Link: { side: { key: 'side', form: 'scalar' }, role: { key: 'role', form: 'either' } },
  Position: { title: { key: 'title', form: 'localized' } },
  MeetingRole: {},
  Membership: { side: { key: 'side', form: 'scalar' }, role: { key: 'role', form: 'either' } },
};

/** The item fields computed from the relationship's type alone (besides `__typename`), by item type. */
export const ROW_TYPE_FIELDS: Readonly<Record<LinkRowType, readonly string[]>> = {
  Link: ['type', 'label'],
  Position: [],
  MeetingRole: ['role'],
  Membership: [],
};
