import { requireRole } from '../../auth/requireRole.ts';
import { addSource } from '../../edit/addSource.ts';
import { rememberDecisions } from '../../edit/rememberDecisions.ts';
import { BadUserInput } from '../../errors.ts';
import { loadGazetteer } from '../graphGazetteer.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';

// `similarNames(first:)` and the length of `name`.
const SIMILAR = { maxFirst: 50, maxName: 200 } as const;

/** The curation workbench: adding documents, similar names before an entity is created, remembered review decisions. */
export const curationResolvers: Pick<Resolvers, 'Query' | 'Mutation' | 'RememberedDecision'> = {
  Query: {
    similarNames: async (_p, { name, kind, first }, ctx) => {
      const n = first ?? 10;
      if (!Number.isInteger(n) || n < 1 || n > SIMILAR.maxFirst)
        throw new BadUserInput(`\`first\` must be 1–${SIMILAR.maxFirst}; got ${n}.`, 'first');
      if (!name.trim() || name.length > SIMILAR.maxName) {
        throw new BadUserInput(`\`name\` must be 1–${SIMILAR.maxName} characters, not blank; got ${name.length}.`, 'name');
      }
      const gazetteer = ctx.gazetteer ? await ctx.gazetteer.current() : (await loadGazetteer(ctx.db)).gazetteer;
      const found = gazetteer.similar(name, { kind: kind ?? null, first: n });
      // An entity removed since the gazetteer was built is left out.
      const entities = await ctx.entities.loadMany(found.map((c) => c.entityId));
      return found.filter((_c, i) => {
        const e = entities[i];
        return e !== null && e !== undefined && !(e instanceof Error);
      });
    },
  },
  Mutation: {
    addSource: (_p, { input }, ctx) => addSource(ctx.db, requireRole(ctx.caller, 'editor', 'addSource'), input),
    rememberDecisions: (_p, { source, decisions }, ctx) =>
      rememberDecisions(ctx.db, requireRole(ctx.caller, 'editor', 'rememberDecisions'), source, decisions),
  },
  RememberedDecision: {
    entity: async (d, _, ctx) => (d.entityId ? ((await ctx.entities.load(d.entityId)) ?? null) : null),
    source: async (d, _, ctx) => (d.sourceId ? ((await ctx.entities.load(d.sourceId)) ?? null) : null),
  },
};
