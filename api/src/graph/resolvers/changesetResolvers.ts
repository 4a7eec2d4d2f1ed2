import { requireRole } from '../../auth/requireRole.ts';
import type { AuditEvent } from '../../domain/auditEvent.ts';
import type { ChangesetRecord } from '../../edit/changesetRecord.ts';
import { commitChangeset } from '../../edit/commitChangeset.ts';
import { revertChange } from '../../edit/revertChange.ts';
import { revertChangeset } from '../../edit/revertChangeset.ts';
import { relationshipRef } from '../../ingest/recordSnapshots.ts';
import type { EntityModel } from '../../model/models.ts';
import { indexSources, toRelationship } from '../../model/rowMapping.ts';
import { checkRange } from '../argumentChecks.ts';
import type { GraphContext } from '../context.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';

/** The entities of these ids still in the graph, in order. */
async function present(ctx: GraphContext, ids: readonly string[]): Promise<EntityModel[]> {
  const found = await ctx.entities.loadMany(ids);
  return found.filter((e): e is EntityModel => e !== null && !(e instanceof Error));
}

/** An audit event's kept values (JSON text), as objects; null when none. */
function parsed(json: string | null | undefined): Record<string, unknown> | null {
  return typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown> | null) : null;
}

/** Resolvers of changesets, of reverting from the audit log, and of the values audit events keep. */
export const changesetResolvers: Resolvers = {
  Query: {
    changeset: async (_p, { id }, ctx) => {
      requireRole(ctx.caller, 'reader', 'changeset');
      const [row] = await ctx.db.read('changesetById', { id });
      return (row?.changeset as ChangesetRecord | undefined) ?? null;
    },
    changesets: async (_p, { source, first }, ctx) => {
      requireRole(ctx.caller, 'reader', 'changesets');
      const rows = await ctx.db.read('listChangesets', { source: source ?? null, first: checkRange('first', first ?? 20) });
      return rows.map((r) => r.changeset as ChangesetRecord);
    },
  },
  Mutation: {
    commitChangeset: (_p, { input }, ctx) => commitChangeset(ctx.db, requireRole(ctx.caller, 'editor', 'commitChangeset'), input),
    revertChangeset: (_p, { id, reason }, ctx) => revertChangeset(ctx.db, requireRole(ctx.caller, 'editor', 'revertChangeset'), id, reason),
    revertChange: (_p, { id, reason }, ctx) => revertChange(ctx.db, requireRole(ctx.caller, 'editor', 'revertChange'), id, reason),
  },
  Changeset: {
    source: async (c, _a, ctx) => ctx.entities.load(c.source),
    note: (c) => c.note ?? null,
    revertedBy: (c) => c.revertedBy ?? null,
    revertedAt: (c) => c.revertedAt ?? null,
    revertReason: (c) => c.revertReason ?? null,
    entities: (c, _a, ctx) => present(ctx, c.created ?? []),
    updated: (c, _a, ctx) => present(ctx, c.updated ?? []),
    relationships: async (c, _a, ctx) => {
      if (!c.relationships?.length) return [];
      const rows = await ctx.db.read('relationshipsByRefs', { refs: c.relationships.map(relationshipRef) });
      return rows.map((r) => toRelationship(r.rel, indexSources(r.sources)));
    },
    events: async (c, _a, ctx) => (await ctx.db.read('changesetEvents', { id: c.id })).map((r) => r.event as AuditEvent),
  },
  AuditEvent: {
    before: (e) => parsed(e.before),
    after: (e) => parsed(e.after),
    changeset: (e) => e.changeset ?? null,
    reverts: (e) => e.reverts ?? null,
  },
};
