import DataLoader from 'dataloader';
import { decodeDispute, decodeMerge, type DecisionCitation, type StoredDispute, type StoredMerge } from '../db/storedDecisions.ts';
import type { CitationModel, RelationshipModel } from '../model/models.ts';
import { indexSources, toRelationship } from '../model/rowMapping.ts';
import type { GraphContext } from './context.ts';

/** The per-request loaders of merge decisions, disputes and the relationships disputes name. */
export interface DecisionLoaders {
  /** Merge decisions and disputes about an entity, by its id. */
  readonly about: DataLoader<string, { merges: StoredMerge[]; disputes: StoredDispute[] }>;
  /** The disputes a relationship (by stable id) is a statement of. */
  readonly disputesOfRelationship: DataLoader<string, StoredDispute[]>;
  /** Relationships by stable id. */
  readonly relationships: DataLoader<string, RelationshipModel | null>;
}

const perRequest = new WeakMap<GraphContext, DecisionLoaders>();

/** The decision loaders of a request, created on first use; each batches one tick's lookups into one query. */
export function decisionLoaders(ctx: GraphContext): DecisionLoaders {
  const known = perRequest.get(ctx);
  if (known) return known;
  const loaders: DecisionLoaders = {
    about: new DataLoader(async (ids) => {
      const rows = await ctx.db.read('decisionsOf', { ids });
      const byId = new Map(rows.map((r) => [r.id, { merges: r.merges.map(decodeMerge), disputes: r.disputes.map(decodeDispute) }]));
      return ids.map((id) => byId.get(id) ?? { merges: [], disputes: [] });
    }),
    disputesOfRelationship: new DataLoader(async (ids) => {
      const rows = await ctx.db.read('disputedRelationships', { ids });
      const byId = new Map(rows.map((r) => [r.id, r.disputes.map(decodeDispute)]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
    relationships: new DataLoader(async (ids) => {
      const rows = await ctx.db.read('relationshipsByIds', { ids });
      const byId = new Map(rows.map((r) => [String(r.rel.id), toRelationship(r.rel, indexSources(r.sources))]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
  perRequest.set(ctx, loaders);
  return loaders;
}

/** Resolves decision citations to citations with their source entity (loaded in one batch). */
export async function resolveDecisionCitations(ctx: GraphContext, citations: readonly DecisionCitation[]): Promise<CitationModel[]> {
  const sources = await Promise.all(citations.map((c) => ctx.entities.load(c.source)));
  return citations.flatMap((c, i) => {
    const source = sources[i];
    return source ? [{ source, quote: c.quote, about: [] }] : [];
  });
}
