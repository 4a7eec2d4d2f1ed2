import type { Lang } from '../../../common/langs.ts';
import type { QueryRunner } from '../db/executor.ts';
import type { QueryRows } from '../db/queryRows.ts';
import { decodeDispute, type StoredDispute } from '../db/storedDecisions.ts';
import { ENTITY_ID } from '../ingest/datasetSchema.ts';
import { indexSources, toEntity, toRelationship } from '../model/rowMapping.ts';
import type { EntityModel, RelationshipModel } from '../model/models.ts';
import { buildBriefing } from './buildBriefing.ts';
import type { Briefing } from './briefingModel.ts';
import type { BriefingExtras } from './briefingSeries.ts';

/**
 * The meeting series and the disputes a brief shows, beyond its context: one more round trip for
 * a committee's or meeting's series, and two where disputes name relationships or entities the
 * context does not hold; none otherwise.
 */
async function loadExtras(db: QueryRunner, id: string, row: QueryRows['briefingContext']): Promise<BriefingExtras> {
  const kind = row.node.kind;
  const [series] = kind === 'COMMITTEE' || kind === 'MEETING' ? await db.read('briefingSeries', { id }) : [];
  const disputes = row.disputes.map(decodeDispute);
  const disputedRelationships = new Map<string, StoredDispute[]>();
  for (const r of row.relDisputes) {
    disputedRelationships.set(r.id, [...(disputedRelationships.get(r.id) ?? []), decodeDispute(r.dispute)]);
  }
  const all = [...disputes, ...[...disputedRelationships.values()].flat()];
  const statementRels = [...new Set(all.flatMap((d) => d.statements.flatMap((s) => ('relationshipId' in s ? [s.relationshipId] : []))))];
  const relationships = new Map<string, RelationshipModel>();
  if (statementRels.length > 0) {
    for (const row of await db.read('relationshipsByIds', { ids: statementRels })) {
      const rel = toRelationship(row.rel, indexSources(row.sources));
      relationships.set(rel.id, rel);
    }
  }
  const values = all.flatMap((d) => d.statements.flatMap((s) => ('value' in s ? [s] : [])));
  const ids = new Set([
    ...[...relationships.values()].flatMap((r) => [r.from, r.to]),
    ...values.filter((s) => ENTITY_ID.test(s.value)).map((s) => s.value),
    ...values.flatMap((s) => s.citations.map((c) => c.source)),
  ]);
  const entities = new Map<string, EntityModel>();
  if (ids.size > 0) {
    for (const row of await db.read('entitiesByIds', { ids: [...ids] })) {
      const entity = toEntity(row.node, indexSources(row.sources));
      entities.set(entity.id, entity);
    }
  }
  const sources = new Map([...entities].filter(([, e]) => e.kind === 'SOURCE'));
  return { series, disputes, disputedRelationships, relationships, entities, sources };
}

/** Loads and builds the brief of an entity: its context in one Cypher round trip, then its meeting series and disputes; null for an unknown id. */
export async function loadBriefing(db: QueryRunner, id: string, lang: Lang, now = new Date()): Promise<Briefing | null> {
  const [row] = await db.read('briefingContext', { id, counterpartLimit: 10 });
  if (!row) return null;
  const extras = await loadExtras(db, id, row);
  return buildBriefing(row, lang, now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC', extras);
}
