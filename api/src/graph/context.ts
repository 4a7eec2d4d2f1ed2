import DataLoader from 'dataloader';
import type { Caller } from '../auth/credentials.ts';
import type { Executor, QueryStats } from '../db/executor.ts';
import { linkKey } from '../model/readPlan.ts';
import type { EntityModel, LinkModel } from '../model/models.ts';
import type { GraphGazetteer } from './graphGazetteer.ts';
import { indexSources, toEntity, toRelationship } from '../model/rowMapping.ts';

/** Which relationships of an entity to load: by type and direction. */
export interface RelationKey {
  readonly id: string;
  readonly type: string;
  readonly dir: 'OUT' | 'IN';
}

/** The per-request state of the resolvers: the query runner and its batching loaders. */
export interface GraphContext {
  readonly db: Executor;
  readonly stats: QueryStats;
  /** The id of the HTTP request, for logs. */
  readonly requestId?: string;
  /** Who is calling, from the request's API key. */
  readonly caller: Caller;
  /** The client's address, for logs (set by the HTTP layer). */
  readonly remoteAddress?: string;
  /** Aborted when the client goes away before its answer is sent (set by the HTTP layer). */
  readonly signal?: AbortSignal;
  readonly relations: DataLoader<RelationKey, readonly Omit<LinkModel, 'self'>[], string>;
  readonly sourceTexts: DataLoader<string, string | null>;
  /** Entities by id (null when none has it), all of one tick in one query. */
  readonly entities: DataLoader<string, EntityModel | null>;
  /** The graph's names for `analyzeText`, one per server process (set by the HTTP layer). */
  readonly gazetteer?: GraphGazetteer;
}

const ANONYMOUS: Caller = { kind: 'anonymous' };

const keyOf = (k: RelationKey) => `${k.id}|${k.type}|${k.dir}`;

/** Creates the context of one GraphQL request; its loaders batch all lookups of one tick into one query. */
export function createGraphContext(executor: Executor, requestId?: string, caller: Caller = ANONYMOUS): GraphContext {
  const stats: QueryStats = { roundTrips: 0 };
  const db = executor.withStats(stats);
  const relations = new DataLoader<RelationKey, readonly Omit<LinkModel, 'self'>[], string>(
    async (keys) => {
      const rows = await db.read('relations', { keys: keys.map((k) => ({ id: k.id, type: k.type, dir: k.dir })) });
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((k) => {
        const found = byKey.get(keyOf(k));
        if (!found) return [];
        const sources = indexSources(found.sources);
        return found.links.map((link) => ({ rel: toRelationship(link.rel, sources), entity: toEntity(link.node, sources) }));
      });
    },
    { cacheKeyFn: keyOf, maxBatchSize: 500 },
  );
  const sourceTexts = new DataLoader<string, string | null>(async (ids) => {
    const rows = await db.read('sourceTexts', { ids });
    const texts = new Map(rows.map((r) => [r.id, r.text]));
    return ids.map((id) => texts.get(id) ?? null);
  });
  const entities = new DataLoader<string, EntityModel | null>(async (ids) => {
    const rows = await db.read('entitiesByIds', { ids });
    const byId = new Map(rows.map((row) => [String(row.node.id), toEntity(row.node, indexSources(row.sources))]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return { db, stats, caller, relations, sourceTexts, entities, ...(requestId ? { requestId } : {}) };
}

/**
 * The links of an entity for one or more relationship types: those a compiled read returned with
 * it, else (an entity from a mutation, a briefing or an analysis) loaded in one batch.
 */
export async function loadLinks(ctx: GraphContext, parent: EntityModel, dir: 'OUT' | 'IN', ...types: string[]): Promise<LinkModel[]> {
  const read = parent.links;
  if (read && types.every((type) => read.has(linkKey(dir, type)))) return types.flatMap((type) => read.get(linkKey(dir, type)) ?? []);
  const lists = await Promise.all(types.map((type) => ctx.relations.load({ id: parent.id, type, dir })));
  return lists.flat().map((link) => ({ ...link, self: parent }));
}
