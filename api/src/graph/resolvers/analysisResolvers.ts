import { ARGUMENT_LIMITS } from '../../../../common/argumentLimits.ts';
import { langOf } from '../../../../common/langs.ts';
import { analyzeText, applyDecisions, mentionNameKeys } from '../../analysis/index.ts';
import { BadUserInput, invariant } from '../../errors.ts';
import { loadGazetteer } from '../graphGazetteer.ts';
import { loadDecisions } from '../rememberedDecisions.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';

/** Resolvers of `analyzeText`: the pure analysis over the process's gazetteer, remembered decisions applied; candidates' entities in one batched query. */
export const analysisResolvers: Resolvers = {
  Query: {
    analyzeText: async (_, { text, language }, ctx) => {
      const max = ARGUMENT_LIMITS.analyzeText.max;
      if (text.length > max) throw new BadUserInput(`\`text\` may be at most ${max} characters; got ${text.length}.`, 'text');
      // Without a process gazetteer (a context made outside the HTTP layer) one is read for this request.
      const gazetteer = ctx.gazetteer ? await ctx.gazetteer.current() : (await loadGazetteer(ctx.db)).gazetteer;
      const analysis = analyzeText(text, { gazetteer, ...(language ? { language: langOf(language) } : {}) });
      // Review decisions remembered for the names found: a remembered link comes first among candidates.
      return applyDecisions(text, analysis, await loadDecisions(ctx.db, mentionNameKeys(analysis)));
    },
  },
  TextAnalysis: {
    mentions: (a) => [...a.mentions],
    dates: (a) => [...a.dates],
    ordinals: (a) => [...a.ordinals],
    proposals: (a) => a.proposals.map((p) => ({ ...p, attributes: { ...p.attributes } })),
  },
  Mention: {
    attributes: (m) => ({ ...m.attributes }),
    context: (m) => m.context ?? 'none',
    decision: (m) => m.decision ?? null,
    // A candidate whose entity was removed since the gazetteer was built is left out.
    candidates: async (m, _, ctx) => {
      const entities = await ctx.entities.loadMany(m.candidates.map((c) => c.entityId));
      return m.candidates.filter((_c, i) => {
        const e = entities[i];
        return e !== null && e !== undefined && !(e instanceof Error);
      });
    },
  },
  Candidate: {
    entity: async (c, _, ctx) => {
      const entity = await ctx.entities.load(c.entityId);
      invariant(entity, `Mention.candidates keeps only candidates whose entity exists (${c.entityId})`);
      return entity;
    },
  },
};
