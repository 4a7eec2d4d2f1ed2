import { typeNameOf } from '../../../../common/kinds.ts';
import { localizedAttribute, scalarAttribute } from '../../model/attributes.ts';
import type { EntityModel, LinkModel } from '../../model/models.ts';
import { type GraphContext, loadLinks } from '../context.ts';
import { TYPED_FIELDS, type TypedField } from '../typedFields.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { attrInt, attrString, entityFields } from './entityFields.ts';
import { endOf, linkResolvers, positionTitle, startOf } from './linkFields.ts';

const first = (links: LinkModel[]) => links[0] ?? null;
const read = (ctx: GraphContext, e: EntityModel, field: TypedField) => loadLinks(ctx, e, field.dir, ...field.types);
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
    positions: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Person.positions),
    meetings: async (e, _, ctx) => byAttr('startDate', true)(await read(ctx, e, TYPED_FIELDS.Person.meetings)),
    workingGroups: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Person.workingGroups),
  },
  Agency: {
    ...entityFields,
    type: (e) => attrString(e, 'type'),
    country: async (e, _, ctx) => first(ofKind('PLACE')(await read(ctx, e, TYPED_FIELDS.Agency.country))),
    parent: async (e, _, ctx) => first(await read(ctx, e, TYPED_FIELDS.Agency.parent)),
    children: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Agency.children),
    people: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Agency.people),
    meetings: async (e, _, ctx) => byAttr('startDate', true)(await read(ctx, e, TYPED_FIELDS.Agency.meetings)),
    workingGroups: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Agency.workingGroups),
  },
  Committee: {
    ...entityFields,
    meetings: async (e, _, ctx) => byAttr('startDate', true)(await read(ctx, e, TYPED_FIELDS.Committee.meetings)),
    parties: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Committee.parties),
  },
  Meeting: {
    ...entityFields,
    ordinal: (e) => attrInt(e, 'ordinal'),
    startDate: (e) => attrString(e, 'startDate'),
    endDate: (e) => attrString(e, 'endDate'),
    purpose: (e) => localizedAttribute(e.attributes, 'purpose'),
    committee: async (e, _, ctx) => first(await read(ctx, e, TYPED_FIELDS.Meeting.committee)),
    venue: async (e, _, ctx) => first(await read(ctx, e, TYPED_FIELDS.Meeting.venue)),
    chairs: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Meeting.chairs),
    attendees: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Meeting.attendees),
    workingGroups: async (e, _, ctx) => byAttr('number')(await read(ctx, e, TYPED_FIELDS.Meeting.workingGroups)),
    fieldVisits: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Meeting.fieldVisits),
  },
  WorkingGroup: {
    ...entityFields,
    number: (e) => attrInt(e, 'number'),
    meeting: async (e, _, ctx) => first(await read(ctx, e, TYPED_FIELDS.WorkingGroup.meeting)),
    topics: async (e, _, ctx) => byAttr('area')(await read(ctx, e, TYPED_FIELDS.WorkingGroup.topics)),
    members: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.WorkingGroup.members),
  },
  Site: {
    ...entityFields,
    type: (e) => attrString(e, 'type'),
    place: async (e, _, ctx) => first(await read(ctx, e, TYPED_FIELDS.Site.place)),
    visits: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Site.visits),
    meetings: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Site.meetings),
  },
  Place: {
    ...entityFields,
    type: (e) => attrString(e, 'type'),
    within: async (e, _, ctx) => first(await read(ctx, e, TYPED_FIELDS.Place.within)),
    contains: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Place.contains),
  },
  Topic: {
    ...entityFields,
    focusedBy: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Topic.focusedBy),
  },
  Program: {
    ...entityFields,
    operators: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Program.operators),
    participants: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Program.participants),
    topics: (e, _, ctx) => read(ctx, e, TYPED_FIELDS.Program.topics),
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
