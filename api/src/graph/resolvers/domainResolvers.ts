import { typeNameOf } from '../../../../common/kinds.ts';
import { localizedAttribute, scalarAttribute } from '../../model/attributes.ts';
import type { EntityModel, LinkModel } from '../../model/models.ts';
import { loadLinks } from '../context.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { attrInt, attrString, entityFields } from './entityFields.ts';
import { endOf, linkResolvers, positionTitle, startOf } from './linkFields.ts';

const first = (links: LinkModel[]) => links[0] ?? null;
const ofKind = (kind: EntityModel['kind']) => (links: LinkModel[]) => links.filter((l) => l.entity.kind === kind);
const byAttr =
  (key: string, desc = false) =>
  (links: LinkModel[]) =>
    [...links].sort((a, b) => {
      const x = String(scalarAttribute(a.entity.attributes, key) ?? scalarAttribute(a.rel.attributes, key) ?? '');
      const y = String(scalarAttribute(b.entity.attributes, key) ?? scalarAttribute(b.rel.attributes, key) ?? '');
      return (
        (desc ? y.localeCompare(x, 'en', { numeric: true }) : x.localeCompare(y, 'en', { numeric: true })) ||
        a.entity.id.localeCompare(b.entity.id)
      );
    });

/** Resolvers of the domain types: typed fields over the graph's relationships. */
export const domainResolvers: Resolvers = {
  Entity: {
    __resolveType: (e) => typeNameOf(e.kind) as never,
  },
  Person: {
    ...entityFields,
    honorific: (e) => localizedAttribute(e.attributes, 'honorific'),
    positions: (e, _, ctx) => loadLinks(ctx, e, 'OUT', 'HOLDS_POSITION'),
    meetings: async (e, _, ctx) => byAttr('startDate', true)(await loadLinks(ctx, e, 'OUT', 'CHAIRED', 'ATTENDED')),
    workingGroups: (e, _, ctx) => loadLinks(ctx, e, 'OUT', 'MEMBER_OF'),
  },
  Agency: {
    ...entityFields,
    type: (e) => attrString(e, 'type'),
    country: async (e, _, ctx) => first(ofKind('PLACE')(await loadLinks(ctx, e, 'OUT', 'BASED_IN'))),
    parent: async (e, _, ctx) => first(await loadLinks(ctx, e, 'OUT', 'PART_OF')),
    children: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'PART_OF'),
    people: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'HOLDS_POSITION'),
    meetings: async (e, _, ctx) => byAttr('startDate', true)(await loadLinks(ctx, e, 'OUT', 'ATTENDED')),
    workingGroups: (e, _, ctx) => loadLinks(ctx, e, 'OUT', 'MEMBER_OF'),
  },
  Committee: {
    ...entityFields,
    meetings: async (e, _, ctx) => byAttr('startDate', true)(await loadLinks(ctx, e, 'IN', 'OF_COMMITTEE')),
    parties: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'PARTY_TO'),
  },
  Meeting: {
    ...entityFields,
    ordinal: (e) => attrInt(e, 'ordinal'),
    startDate: (e) => attrString(e, 'startDate'),
    endDate: (e) => attrString(e, 'endDate'),
    purpose: (e) => localizedAttribute(e.attributes, 'purpose'),
    committee: async (e, _, ctx) => first(await loadLinks(ctx, e, 'OUT', 'OF_COMMITTEE')),
    venue: async (e, _, ctx) => first(await loadLinks(ctx, e, 'OUT', 'HELD_AT')),
    chairs: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'CHAIRED'),
    attendees: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'ATTENDED'),
    workingGroups: async (e, _, ctx) => byAttr('number')(await loadLinks(ctx, e, 'OUT', 'HAS_WORKING_GROUP')),
    fieldVisits: (e, _, ctx) => loadLinks(ctx, e, 'OUT', 'HAS_FIELD_VISIT'),
  },
  WorkingGroup: {
    ...entityFields,
    number: (e) => attrInt(e, 'number'),
    meeting: async (e, _, ctx) => first(await loadLinks(ctx, e, 'IN', 'HAS_WORKING_GROUP')),
    topics: async (e, _, ctx) => byAttr('area')(await loadLinks(ctx, e, 'OUT', 'FOCUSES_ON')),
    members: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'MEMBER_OF'),
  },
  Site: {
    ...entityFields,
    type: (e) => attrString(e, 'type'),
    place: async (e, _, ctx) => first(await loadLinks(ctx, e, 'OUT', 'LOCATED_IN')),
    visits: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'VISITED', 'HOSTED_VISIT'),
    meetings: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'HELD_AT', 'HAS_FIELD_VISIT'),
  },
  Place: {
    ...entityFields,
    type: (e) => attrString(e, 'type'),
    within: async (e, _, ctx) => first(await loadLinks(ctx, e, 'OUT', 'LOCATED_IN')),
    contains: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'LOCATED_IN', 'BASED_IN'),
  },
  Topic: {
    ...entityFields,
    focusedBy: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'FOCUSES_ON'),
  },
  Program: {
    ...entityFields,
    operators: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'OPERATES'),
    participants: (e, _, ctx) => loadLinks(ctx, e, 'IN', 'PARTICIPATES_IN'),
    topics: (e, _, ctx) => loadLinks(ctx, e, 'OUT', 'FOCUSES_ON'),
  },
  Source: {
    ...entityFields,
    title: (e) => e.title ?? e.id,
    language: (e) => e.language ?? '',
    date: (e) => e.date ?? null,
    datePrinted: (e) => e.datePrinted ?? null,
    publisher: (e) => e.publisher ?? null,
    url: (e) => e.url ?? null,
    note: (e) => e.note ?? null,
    text: async (e, _, ctx) => e.text ?? (await ctx.sourceTexts.load(e.id)) ?? '',
  },
  Link: linkResolvers,
  Position: {
    title: positionTitle,
    person: (l) => startOf(l),
    organization: (l) => endOf(l),
    citations: (l) => l.rel.citations,
  },
  MeetingRole: {
    meeting: (l) => endOf(l),
    role: (l) => (l.rel.type === 'CHAIRED' ? 'CHAIR' : 'ATTENDEE'),
    citations: (l) => l.rel.citations,
  },
  Membership: {
    member: (l) => startOf(l),
    workingGroup: (l) => endOf(l),
    side: linkResolvers.side,
    role: linkResolvers.role,
    citations: (l) => l.rel.citations,
  },
};
