import { requireRole } from '../../auth/requireRole.ts';
import { createEntity, deleteEntity, updateEntity } from '../../edit/entityEdits.ts';
import { importDocument } from '../../edit/importDocument.ts';
import { linkEntities, unlinkEntities } from '../../edit/relationshipEdits.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';

/** The mutations: each checks the caller's role, then hands the input to the edit module. */
export const mutationResolvers: Pick<Resolvers, 'Mutation'> = {
  Mutation: {
    createEntity: (_p, { input }, ctx) => createEntity(ctx.db, requireRole(ctx.caller, 'editor', 'createEntity'), input),
    updateEntity: (_p, { input }, ctx) => updateEntity(ctx.db, requireRole(ctx.caller, 'editor', 'updateEntity'), input),
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
