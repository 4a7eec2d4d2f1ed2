import type { Principal } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import { newAuditEvent, type AuditEvent } from '../domain/auditEvent.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/relationshipTypes.ts';
import { InvalidInput, NotFound } from '../errors.ts';
import { checkDataset } from '../ingest/check/checkDataset.ts';
import { readSnapshots, relationshipSnapshot } from '../ingest/recordSnapshots.ts';
import { brokenCitations } from '../ingest/write/brokenCitations.ts';
import { lockCitedSources } from '../ingest/write/lockCitedSources.ts';
import { recordLabel, relationshipId } from '../ingest/dataset.ts';
import { relationshipSchema, type RelationshipRecord } from '../ingest/datasetSchema.ts';
import { toRelationshipRows } from '../ingest/graphRows.ts';
import type { RelationshipModel } from '../model/models.ts';
import { indexSources, toRelationship } from '../model/rowMapping.ts';
import type { Removal } from './entityEdits.ts';
import { checkReason, parseInput, resolvedCitations } from './graphqlInput.ts';

/** A relationship as written, and the audit record of the write. */
export interface EdgeChange {
  readonly edge: RelationshipModel;
  readonly audit: AuditEvent;
}

/** Adds a relationship, or replaces the one with the same type, endpoints and key; validated like an import. */
export async function linkEntities(db: Executor, actor: Principal, input: unknown): Promise<EdgeChange> {
  const record: RelationshipRecord = parseInput(relationshipSchema, input, 'The relationship');
  const dataset = {
    sources: [],
    entities: [],
    relationships: [{ ...record, citations: resolvedCitations(record.citations), file: '(request)' }],
  };
  const issues = await checkDataset(db, dataset);
  if (issues.length > 0) throw new InvalidInput('The relationship', issues);
  const [row] = toRelationshipRows(dataset);
  const id = relationshipId(record);
  return db.writeTransaction(async (tx) => {
    const missing = await lockCitedSources(tx, dataset.relationships[0]?.citations.map((c) => c.source) ?? []);
    if (missing.length > 0) {
      throw new InvalidInput(
        'The relationship',
        missing.map((id) => ({ field: 'citations', message: `source "${id}" was removed meanwhile; nothing was written` })),
      );
    }
    const before = await readSnapshots(tx, [id]);
    const [written] = await tx.run('linkEntities', { row });
    // The check above saw both endpoints; only a concurrent removal gets here.
    if (!written) throw new NotFound(`${recordLabel(record)}: an endpoint was removed meanwhile; nothing was written.`);
    const sources = dataset.relationships[0]?.citations.map((c) => c.source) ?? [];
    const broken = await brokenCitations(tx, sources, [id]);
    if (broken.length > 0) {
      throw new InvalidInput(
        'The relationship',
        broken.map((i) => ({ id: recordLabel(record), field: 'citations', message: `${i.message}: the source changed meanwhile` })),
      );
    }
    const event = newAuditEvent(actor, 'LINK', id, `${recordLabel(record)}, ${record.citations.length} citation(s)`, {
      before: before.get(id) ?? null,
      after: relationshipSnapshot(written.rel),
    });
    const [audit] = await tx.run('recordAudit', { event });
    return {
      edge: toRelationship(written.rel, indexSources(written.sources)),
      audit: audit?.event as AuditEvent,
    };
  });
}

/** Removes one relationship, named by type, endpoints and key. */
export async function unlinkEntities(
  db: Executor,
  actor: Principal,
  ref: { type: string; from: string; to: string; key?: string | null },
  reason: string,
): Promise<Removal> {
  const why = checkReason(reason);
  if (!(RELATIONSHIP_TYPE_NAMES as readonly string[]).includes(ref.type)) {
    throw new InvalidInput('The relationship', [{ field: 'type', message: `unknown relationship type "${ref.type.slice(0, 60)}"` }]);
  }
  const id = relationshipId({ ...ref, key: ref.key ?? undefined });
  return db.writeTransaction(async (tx) => {
    const before = await readSnapshots(tx, [id]);
    const [result] = await tx.run('unlinkEntities', { id, type: ref.type, from: ref.from, to: ref.to });
    if (Number(result?.removed ?? 0) === 0)
      throw new NotFound(`There is no relationship ${recordLabel(ref)}${ref.key ? ` (${ref.key})` : ''}.`);
    const event = newAuditEvent(actor, 'UNLINK', id, why, { before: before.get(id) ?? null, after: null });
    const [audit] = await tx.run('recordAudit', { event });
    return { id, relationshipsRemoved: 1, audit: audit?.event as AuditEvent };
  });
}
