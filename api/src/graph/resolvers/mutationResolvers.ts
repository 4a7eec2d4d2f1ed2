import { requireRole } from '../../auth/requireRole.ts';
import { createEntity, deleteEntity, updateEntity } from '../../edit/entityEdits.ts';
import { importDocument } from '../../edit/importDocument.ts';
import { linkEntities, unlinkEntities } from '../../edit/relationshipEdits.ts';
import type { EntityModel } from '../../model/models.ts';
import { toPlannedEntity, type EntityRow } from '../../model/rowMapping.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { readShape } from '../compiledReads.ts';
import type { GraphContext } from '../context.ts';
import type { SelectionSource } from '../selectionPlan.ts';

/**
 * A written entity with the relationship fields its selection asks for, read after the write in
 * one compiled statement, however deep they nest (not one query per level); its own properties
 * are those written.
 */
async function withSelectedLinks<C extends { entity: EntityModel }>(ctx: GraphContext, info: SelectionSource, change: C): Promise<C> {
  const { plan, text } = readShape(info, 'readEntity', 'Entity', { path: ['entity'] });
  if (plan.entity.links.length === 0) return change;
  const [row] = await ctx.db.readCompiled({ name: 'readEntity', text, params: { id: change.entity.id } });
  if (!row) return change;
  const read = toPlannedEntity(row.entity as EntityRow, plan.entity);
  return { ...change, entity: { ...change.entity, links: read.links } };
}

/** The mutations: each checks the caller's role, then hands the input to the edit module. */
export const mutationResolvers: Pick<Resolvers, 'Mutation'> = {
  Mutation: {
    createEntity: async (_p, { input }, ctx, info) =>
      withSelectedLinks(ctx, info, await createEntity(ctx.db, requireRole(ctx.caller, 'editor', 'createEntity'), input)),
    updateEntity: async (_p, { input }, ctx, info) =>
      withSelectedLinks(ctx, info, await updateEntity(ctx.db, requireRole(ctx.caller, 'editor', 'updateEntity'), input)),
    deleteEntity: (_p, { id, reason }, ctx) => deleteEntity(ctx.db, requireRole(ctx.caller, 'editor', 'deleteEntity'), id, reason),
    link: (_p, { input }, ctx) => linkEntities(ctx.db, requireRole(ctx.caller, 'editor', 'link'), input),
    unlink: (_p, { reason, ...ref }, ctx) => unlinkEntities(ctx.db, requireRole(ctx.caller, 'editor', 'unlink'), ref, reason),
    importDataset: (_p, { document, format, name }, ctx) =>
      importDocument(
        ctx.db,
        requireRole(ctx.caller, 'editor', 'importDataset'),
        document,
        format === 'JSON' ? 'json' : 'yaml',
        name ?? 'upload',
      ),
  },
};
