import { invariant } from '../../errors.ts';
import { ENTITY_ID } from '../../ingest/datasetSchema.ts';
import type { EntityModel, LinkModel, RelationshipModel } from '../../model/models.ts';
import type { GraphContext } from '../context.ts';
import { decisionLoaders, resolveDecisionCitations } from '../decisionLoaders.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';

/** `merges` and `disputes` of every entity type. */
export const entityDecisionFields = {
  merges: async (e: EntityModel, _: unknown, ctx: GraphContext) => (await decisionLoaders(ctx).about.load(e.id)).merges,
  disputes: async (e: EntityModel, _: unknown, ctx: GraphContext) => (await decisionLoaders(ctx).about.load(e.id)).disputes,
};

/** `disputed` and `disputes` of an edge. */
export const edgeDecisionFields = {
  disputed: async (r: RelationshipModel, _: unknown, ctx: GraphContext) =>
    (await decisionLoaders(ctx).disputesOfRelationship.load(r.id)).length > 0,
  disputes: (r: RelationshipModel, _: unknown, ctx: GraphContext) => decisionLoaders(ctx).disputesOfRelationship.load(r.id),
};

/** `disputed` and `disputes` of a link. */
export const linkDecisionFields = {
  disputed: (l: LinkModel, a: unknown, ctx: GraphContext) => edgeDecisionFields.disputed(l.rel, a, ctx),
  disputes: (l: LinkModel, a: unknown, ctx: GraphContext) => edgeDecisionFields.disputes(l.rel, a, ctx),
};

/** Resolvers of `MergeDecision`, `Dispute` and `DisputeStatement`. */
export const decisionResolvers: Resolvers = {
  MergeDecision: {
    id: (m) => m.id,
    entity: async (m, _, ctx) => {
      const entity = await ctx.entities.load(m.entity);
      invariant(entity, `merge ${m.id} names a missing entity ${m.entity}`);
      return entity;
    },
    names: (m) => [...m.names],
    reason: (m) => m.reason,
    citations: (m, _, ctx) => resolveDecisionCitations(ctx, m.citations),
  },
  Dispute: {
    id: (d) => d.id,
    subject: async (d, _, ctx) => {
      const entity = await ctx.entities.load(d.subject);
      invariant(entity, `dispute ${d.id} names a missing subject ${d.subject}`);
      return entity;
    },
    question: (d) => d.question,
    statements: (d) => [...d.statements],
  },
  DisputeStatement: {
    value: (s) => ('value' in s ? s.value : null),
    valueEntity: (s, _, ctx) => ('value' in s && ENTITY_ID.test(s.value) ? ctx.entities.load(s.value) : null),
    relationship: (s, _, ctx) => ('relationshipId' in s ? decisionLoaders(ctx).relationships.load(s.relationshipId) : null),
    citations: async (s, _, ctx) => {
      if ('value' in s) return resolveDecisionCitations(ctx, s.citations);
      return (await decisionLoaders(ctx).relationships.load(s.relationshipId))?.citations ?? [];
    },
  },
};
