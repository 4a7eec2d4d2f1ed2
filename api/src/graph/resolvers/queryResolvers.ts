import type { GraphQLResolveInfo } from 'graphql';
import { type EntityKind, labelOf, typeNameOf } from '../../../../common/kinds.ts';
import { langOf } from '../../../../common/langs.ts';
import { requireRole } from '../../auth/requireRole.ts';
import { loadBriefing } from '../../briefing/loadBriefing.ts';
import type { AuditEvent } from '../../domain/auditEvent.ts';
import { searchKey } from '../../domain/searchKeys.ts';
import type { RawProps } from '../../db/storedProps.ts';
import { BadUserInput } from '../../errors.ts';
import type { EntityModel, SubgraphModel } from '../../model/models.ts';
import { NEIGHBORHOOD_EDGE_KEYS, NEIGHBORHOOD_NODE_KEYS } from '../../db/queryRows.ts';
import {
  type EntityRow,
  indexSources,
  propsOf,
  type SourceIndex,
  toEntity,
  toPlannedEntity,
  toRelationship,
} from '../../model/rowMapping.ts';
import { neighborhoodShape, readShape } from '../compiledReads.ts';
import type { ListSort } from '../../model/compileRead.ts';
import type { GraphContext } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { checkIds, checkRange, checkSearchText } from '../argumentChecks.ts';
import { buildSearchQuery } from '../luceneQuery.ts';
import type { ListFilter, Resolvers, SortOrder, Lang as GqlLang } from '../__generated__/resolvers-types.ts';
import { ARGUMENT_LIMITS } from '../../../../common/argumentLimits.ts';

/** Arguments of the typed lists. */
interface ListArgs {
  filter?: ListFilter | null;
  sort?: SortOrder | null;
  lang?: GqlLang | null;
  first?: number | null;
  after?: string | null;
}

/** One page of a typed list, in one round trip: each entity as selected, the total when selected. */
async function listPage(ctx: GraphContext, kind: EntityKind, args: ListArgs, info: GraphQLResolveInfo) {
  const first = checkRange('first', args.first ?? 20);
  const after = args.after ? decodeCursor(args.after) : null;
  const sort = args.sort ?? 'NAME';
  const text = args.filter?.text?.trim();
  if (text && text.length > ARGUMENT_LIMITS.filterText.max)
    throw new BadUserInput(`\`filter.text\` may be at most ${ARGUMENT_LIMITS.filterText.max} characters.`, 'filter');
  const country = args.filter?.country?.trim().toUpperCase() || null;
  const type = args.filter?.type?.trim() || null;
  const textKey = text ? searchKey(text) || null : null;
  // Meetings by date run newest first; the other kinds have no date to sort by, so DATE_DESC sorts them by name.
  const sortBy: ListSort =
    sort === 'ID' ? { by: 'id' } : sort === 'DATE_DESC' && kind === 'MEETING' ? { by: 'date' } : { by: 'name', lang: langOf(args.lang) };
  const shape = readShape(info, 'readList', typeNameOf(kind), {
    list: {
      label: labelOf(kind),
      country: country !== null,
      type: type !== null,
      text: textKey !== null,
      sort: sortBy,
      after: after !== null,
    },
  });
  const [row] = await ctx.db.readCompiled({
    name: 'readList',
    text: shape.text,
    params: {
      kind,
      // Only the parameters of the filters given and of the cursor are sent: the statement has no others.
      ...(country !== null ? { country } : {}),
      ...(type !== null ? { type } : {}),
      ...(textKey !== null ? { textKey } : {}),
      ...(after ? { afterKey: after.key, afterId: after.id } : {}),
      firstPlusOne: first + 1,
    },
  });
  const rows = (row?.page ?? []) as [sortKey: unknown, entity: EntityRow][];
  const page = rows.map(([sortKey, entity]) => ({ entity: toPlannedEntity(entity, shape.plan.entity), sortKey: String(sortKey) }));
  const nodes = page.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes: nodes.map((n) => n.entity),
    totalCount: Number(row?.totalCount ?? 0),
    pageInfo: { hasNextPage: page.length > first, endCursor: last ? encodeCursor({ key: last.sortKey, id: last.entity.id }) : null },
  };
}

function subgraphFrom(rows: { nodes: RawProps[]; rels: RawProps[] }, sources: SourceIndex, truncated: boolean): SubgraphModel {
  return {
    nodes: rows.nodes.map((n) => toEntity(n, sources)),
    edges: rows.rels.map((r) => toRelationship(r, sources)),
    truncated,
  };
}

/** Resolvers of the root query: one Cypher round trip each (the audit log for holders of a key). */
export const queryResolvers: Resolvers = {
  Query: {
    entity: async (_, { id }, ctx, info) => {
      const { plan, text } = readShape(info, 'readEntity', 'Entity');
      const [row] = await ctx.db.readCompiled({ name: 'readEntity', text, params: { id } });
      return row ? toPlannedEntity(row.entity as EntityRow, plan.entity) : null;
    },

    briefing: (_, { id, lang }, ctx) => loadBriefing(ctx.db, id, langOf(lang)),

    search: async (_, args, ctx, info) => {
      const text = checkSearchText(args.text);
      const first = checkRange('first', args.first ?? 10);
      const { query, key } = buildSearchQuery(text);
      const shape = readShape(info, 'readSearch', 'Entity');
      const [row] = await ctx.db.readCompiled({
        name: 'readSearch',
        text: shape.text,
        params: { query, key, kinds: args.kinds && args.kinds.length > 0 ? args.kinds : null, first, candidates: Math.max(50, first * 5) },
      });
      return ((row?.hits ?? []) as { score: number; entity: EntityRow }[]).map((h) => ({
        entity: toPlannedEntity(h.entity, shape.plan.entity),
        score: h.score,
      }));
    },

    neighborhood: async (_, args, ctx, info) => {
      const ids = checkIds(args.ids);
      const depth = checkRange('depth', args.depth ?? 1);
      const limit = checkRange('limit', args.limit ?? ARGUMENT_LIMITS.defaultLimit);
      if (limit < ids.length) throw new BadUserInput(`\`limit\` (${limit}) must be at least the number of ids (${ids.length}).`, 'limit');
      const budget = limit - ids.length;
      const edgeLimit = limit * 5;
      // The answer comes in rows of at most 40 nodes and 40 relationships (cypher/fragments/neighborhood.cypher).
      const { text } = neighborhoodShape(info, depth >= 3);
      const batches = (await ctx.db.readCompiled({
        name: 'readNeighborhood',
        text,
        params: {
          ids,
          depth,
          kinds: args.kinds && args.kinds.length > 0 ? args.kinds : null,
          budget,
          budgetPlusOne: budget + 1,
          edgeLimit,
          edgeLimitPlusOne: edgeLimit + 1,
        },
      })) as { nodes: unknown[]; rels: unknown[]; sources: RawProps[]; truncated: boolean }[];
      const rows: { nodes: RawProps[]; rels: RawProps[] } = { nodes: [], rels: [] };
      for (const batch of batches) {
        for (const n of batch.nodes) rows.nodes.push(propsOf(n, NEIGHBORHOOD_NODE_KEYS));
        for (const r of batch.rels) rows.rels.push(propsOf(r, NEIGHBORHOOD_EDGE_KEYS));
      }
      const [first] = batches;
      return subgraphFrom(rows, indexSources(first?.sources), Boolean(first?.truncated));
    },

    paths: async (_, args, ctx) => {
      const maxLength = checkRange('maxLength', args.maxLength ?? 4);
      const first = checkRange('first', args.first ?? 5);
      if (args.from === args.to) throw new BadUserInput('`from` and `to` must be different entities.', 'to');
      const [row] = await ctx.db.read('paths', { from: args.from, to: args.to, maxLength, first });
      const sources = indexSources(row?.sources);
      return (row?.paths ?? []).map((p) => subgraphFrom(p, sources, false));
    },

    people: (_, args, ctx, info) => listPage(ctx, 'PERSON', args, info),
    agencies: (_, args, ctx, info) => listPage(ctx, 'AGENCY', args, info),
    meetings: (_, args, ctx, info) => listPage(ctx, 'MEETING', args, info),
    workingGroups: (_, args, ctx, info) => listPage(ctx, 'WORKING_GROUP', args, info),
    sites: (_, args, ctx, info) => listPage(ctx, 'SITE', args, info),
    sources: (_, args, ctx, info) => listPage(ctx, 'SOURCE', args, info),
    auditLog: async (_p, { target, first }, ctx) => {
      requireRole(ctx.caller, 'reader', 'auditLog');
      const rows = await ctx.db.read('auditLog', { target: target ?? null, first: checkRange('first', first ?? 50) });
      return rows.map((r) => r.event as AuditEvent);
    },
  },
  Briefing: {
    lang: (b) => (b.lang === 'th' ? 'TH' : b.lang === 'zh' ? 'ZH' : 'EN'),
  },
  Subgraph: {
    nodes: (s) => s.nodes as EntityModel[],
    edges: (s) => [...s.edges],
    truncated: (s) => s.truncated,
  },
  Path: {
    length: (p) => p.edges.length,
    nodes: (p) => p.nodes as EntityModel[],
    edges: (p) => [...p.edges],
  },
};
