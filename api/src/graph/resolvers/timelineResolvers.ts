import { isFactDate } from '../../../../common/factDates.ts';
import { displayName } from '../../../../common/displayName.ts';
import { langOf } from '../../../../common/langs.ts';
import { BadUserInput } from '../../errors.ts';
import { type TimelineEventModel, timelineEvents } from '../../model/timelineEvents.ts';
import { checkRange } from '../argumentChecks.ts';
import type { GraphContext } from '../context.ts';
import { decisionLoaders } from '../decisionLoaders.ts';
import type { Lang as GqlLang, Resolvers } from '../__generated__/resolvers-types.ts';
import { relationshipLabel } from './linkFields.ts';

/** Checks a period bound: a year, a month or a day (`2017`, `2017-12`, `2017-12-08`). */
function checkBound(name: 'from' | 'to', value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isFactDate(value) || value.startsWith('--')) {
    throw new BadUserInput(`\`${name}\` must be a year, month or day such as 2017, 2017-12 or 2017-12-08; got "${value}".`, name);
  }
  return value;
}

/** The fact in words: the entity's name, or "from — relationship — to". */
export function eventLabel(e: TimelineEventModel, lang: GqlLang | null | undefined): string {
  const l = langOf(lang);
  if (e.entity) return displayName(e.entity, l);
  const from = e.from ? displayName(e.from, l) : (e.edge?.from ?? '');
  const to = e.to ? displayName(e.to, l) : (e.edge?.to ?? '');
  return `${from} — ${relationshipLabel(e.edge?.type ?? '', lang)} — ${to}`;
}

/** The `timeline` query and the `TimelineEvent` type: one Cypher round trip, dates kept at their printed precision. */
export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_, args, ctx) => {
      const first = checkRange('timelineFirst', args.first ?? 200);
      const from = checkBound('from', args.from);
      const to = checkBound('to', args.to);
      const [row] = await ctx.db.read('timeline', { entity: args.entity ?? null, kinds: args.kinds ?? null });
      return row ? timelineEvents(row, { from, to, first }) : [];
    },
  },
  TimelineEvent: {
    id: (e) => e.id,
    date: (e) => e.date,
    endDate: (e) => e.endDate,
    precision: (e) => e.precision,
    year: (e) => e.year,
    label: (e, args) => eventLabel(e, args.lang),
    entity: (e) => e.entity,
    edge: (e) => e.edge,
    from: (e) => e.from,
    to: (e) => e.to,
    citations: (e) => e.citations,
    disputed: (e) => e.disputeIds.length > 0,
    disputes: async (e, _, ctx: GraphContext) => {
      if (e.disputeIds.length === 0) return [];
      const loaders = decisionLoaders(ctx);
      const all = e.edge ? await loaders.disputesOfRelationship.load(e.edge.id) : (await loaders.about.load(e.id)).disputes;
      return all.filter((d) => e.disputeIds.includes(d.id));
    },
  },
};
