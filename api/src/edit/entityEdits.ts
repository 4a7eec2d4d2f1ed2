import { displayName } from '../../../common/displayName.ts';
import type { Principal } from '../auth/apiKeys.ts';
import type { Executor, Tx } from '../db/executor.ts';
import { decodeEntity } from '../db/storedProps.ts';
import { newAuditEvent, type AuditEvent } from '../domain/auditEvent.ts';
import { InvalidInput, NotFound } from '../errors.ts';
import { checkDataset } from '../ingest/check/checkDataset.ts';
import { entitySchema, type EntityRecord } from '../ingest/datasetSchema.ts';
import { toNodeRows } from '../ingest/graphRows.ts';
import { nodeSnapshot, readSnapshots } from '../ingest/recordSnapshots.ts';
import { brokenCitations } from '../ingest/write/brokenCitations.ts';
import { lockCitedSources } from '../ingest/write/lockCitedSources.ts';
import type { EntityModel } from '../model/models.ts';
import { indexSources, toEntity } from '../model/rowMapping.ts';
import { changedFields } from './changedFields.ts';
import { checkReason, parseInput, resolvedCitations } from './graphqlInput.ts';

/** Where records submitted through the API say they come from, in messages. */
const REQUEST = '(request)';

/** An entity as written, and the audit record of the write. */
export interface EntityChange {
  readonly entity: EntityModel;
  readonly audit: AuditEvent;
}

/** What a removal removed, and its audit record. */
export interface Removal {
  readonly id: string;
  readonly relationshipsRemoved: number;
  readonly audit: AuditEvent;
}

/** Parses and validates an entity against the database, as an import would; returns its node row. */
async function checkedEntityRow(db: Executor, input: unknown) {
  const record: EntityRecord = parseInput(entitySchema, input, 'The entity', (input as { id?: string }).id);
  const dataset = {
    sources: [],
    entities: [{ ...record, citations: resolvedCitations(record.citations), file: REQUEST }],
    relationships: [],
  };
  const issues = await checkDataset(db, dataset);
  if (issues.length > 0) throw new InvalidInput('The entity', issues);
  const [row] = toNodeRows(dataset);
  return { record, row: row as NonNullable<typeof row> };
}

/** Locks the sources an entity cites and refuses the write when one was removed since validation. */
async function keepCitedSources(tx: Tx, record: EntityRecord): Promise<void> {
  const missing = await lockCitedSources(
    tx,
    resolvedCitations(record.citations).map((c) => c.source),
  );
  if (missing.length > 0) {
    throw new InvalidInput(
      'The entity',
      missing.map((id) => ({ id: record.id, field: 'citations', message: `source "${id}" was removed meanwhile; nothing was written` })),
    );
  }
}

/** Refuses the write when a quote of the entity no longer stands in its source (its text was replaced after validation). */
async function quotesStillStand(tx: Tx, record: EntityRecord): Promise<void> {
  const sources = resolvedCitations(record.citations).map((c) => c.source);
  const broken = await brokenCitations(tx, sources, [record.id]);
  if (broken.length > 0) {
    throw new InvalidInput(
      'The entity',
      broken.map((i) => ({ id: record.id, field: 'citations', message: `${i.message}: the source changed meanwhile` })),
    );
  }
}

function describe(record: EntityRecord): string {
  return `${record.kind} "${displayName(record, 'en')}", ${record.citations.length} citation(s)`;
}

/** Adds a new entity; BAD_USER_INPUT when the id is taken. One transaction with its audit record. */
export async function createEntity(db: Executor, actor: Principal, input: unknown): Promise<EntityChange> {
  const { record, row } = await checkedEntityRow(db, input);
  return db.writeTransaction(async (tx) => {
    await keepCitedSources(tx, record);
    const [existing] = await tx.run('existingEntities', { ids: [record.id] });
    if (existing) {
      throw new InvalidInput('The entity', [
        { id: record.id, field: 'id', message: `already exists (a ${String(existing.kind)}); use updateEntity to change it` },
      ]);
    }
    const [written] = await tx.run('createEntity', { row });
    await quotesStillStand(tx, record);
    const after = written ? nodeSnapshot(written.node) : null;
    const event = newAuditEvent(actor, 'CREATE_ENTITY', record.id, describe(record), { before: null, after });
    const [audit] = await tx.run('recordAudit', { event });
    return {
      entity: toEntity(written?.node ?? {}, indexSources(written?.sources)),
      audit: audit?.event as AuditEvent,
    };
  });
}

/** Replaces an existing entity's names, aliases, country, attributes and citations; its kind stays. */
export async function updateEntity(db: Executor, actor: Principal, input: unknown): Promise<EntityChange> {
  const { record, row } = await checkedEntityRow(db, input);
  return db.writeTransaction(async (tx) => {
    await keepCitedSources(tx, record);
    const [before] = await tx.run('entityById', { id: record.id });
    const old = before?.node;
    if (!old) throw new NotFound(`There is no entity "${record.id}"; use createEntity to add it.`);
    if (old.kind !== record.kind) {
      throw new InvalidInput('The entity', [
        { id: record.id, field: 'kind', message: `is ${String(old.kind)} and cannot change; delete it and create a new one` },
      ]);
    }
    const changed = changedFields(decodeEntity(old), decodeEntity(row.props));
    const [written] = await tx.run('replaceEntity', { row });
    await quotesStillStand(tx, record);
    const event = newAuditEvent(actor, 'UPDATE_ENTITY', record.id, changed.length ? `changed ${changed.join(', ')}` : 'no change', {
      before: nodeSnapshot(old),
      after: written ? nodeSnapshot(written.node) : null,
    });
    const [audit] = await tx.run('recordAudit', { event });
    return {
      entity: toEntity(written?.node ?? {}, indexSources(written?.sources)),
      audit: audit?.event as AuditEvent,
    };
  });
}

/** Removes an entity and its relationships; a source that is still cited is refused. */
export async function deleteEntity(db: Executor, actor: Principal, id: string, reason: string): Promise<Removal> {
  const why = checkReason(reason);
  return db.writeTransaction(async (tx) => {
    const [existing] = await tx.run('existingEntities', { ids: [id] });
    if (!existing) throw new NotFound(`There is no entity "${id}".`);
    if (existing.kind === 'SOURCE') {
      // The lock makes a write citing this source, validated but not yet committed, finish first.
      await tx.run('lockSources', { ids: [id] });
      const [cited] = await tx.run('citationsOfSource', { id });
      const entities = Number(cited?.entities ?? 0);
      const relationships = Number(cited?.relationships ?? 0);
      const decisions = Number(cited?.decisions ?? 0);
      if (entities + relationships + decisions > 0) {
        throw new InvalidInput('The removal', [
          {
            id,
            message: `the source is cited by ${entities} entities, ${relationships} relationships and ${decisions} merge decisions or disputes; re-cite or remove those first`,
          },
        ]);
      }
    }
    // The entity (a source with its text) and each relationship removed with it get their own
    // event with the values they had, so that each can be put back from the log.
    const [rels] = await tx.run('entityRelationships', { ids: [id] });
    const before = await readSnapshots(tx, [id, ...(rels?.relationships ?? [])]);
    const [removed] = await tx.run('deleteEntity', { id });
    const now = new Date();
    const events = [
      newAuditEvent(actor, 'DELETE_ENTITY', id, why, { before: before.get(id) ?? null, after: null }, now),
      ...(rels?.relationships ?? []).map((rel) =>
        newAuditEvent(actor, 'UNLINK', rel, `removed with ${id}: ${why}`, { before: before.get(rel) ?? null, after: null }, now),
      ),
    ];
    const [audit] = await tx.run('recordAuditEvents', { events });
    return { id, relationshipsRemoved: Number(removed?.relationships ?? 0), audit: audit?.event as AuditEvent };
  });
}
