import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import { type AuditEvent, newAuditEvent } from '../domain/auditEvent.ts';
import { type InputIssue, InvalidInput } from '../errors.ts';
import { checkDataset } from '../ingest/check/checkDataset.ts';
import { relationshipId } from '../ingest/dataset.ts';
import { toNodeRows, toRelationshipRows } from '../ingest/graphRows.ts';
import { readSnapshots, runnerOf } from '../ingest/recordSnapshots.ts';
import { lockCitedSources } from '../ingest/write/lockCitedSources.ts';
import { writeBatch } from '../ingest/write/writeBatch.ts';
import { type ChangesetInput, changesetInputSchema, type ChangesetRecord, MAX_CHANGESET_ITEMS } from './changesetRecord.ts';
import { parseInput } from './graphqlInput.ts';

/** Where the items of a changeset say they come from, in messages. */
const FROM = '(changeset)';

/** The items as a dataset for the import's checker; a citation that names no source cites the changeset's. */
function itemsDataset(input: ChangesetInput) {
  const cite = <C extends { source?: string | undefined }>(cs: readonly C[]) => cs.map((c) => ({ ...c, source: c.source ?? input.source }));
  return {
    sources: [],
    entities: [...input.entities, ...input.updates].map((e) => ({ ...e, citations: cite(e.citations), file: FROM })),
    relationships: input.relationships.map((r) => ({ ...r, citations: cite(r.citations), file: FROM })),
  };
}

/** Problems of the changeset as a whole: empty, too large, an item that does not cite its source. */
function shapeIssues(input: ChangesetInput, dataset: ReturnType<typeof itemsDataset>): InputIssue[] {
  const count = dataset.entities.length + dataset.relationships.length;
  if (count === 0) return [{ message: 'the changeset holds no entities, updates or relationships; nothing to commit' }];
  if (count > MAX_CHANGESET_ITEMS) return [{ message: `at most ${MAX_CHANGESET_ITEMS} items per changeset; got ${count}` }];
  const issues: InputIssue[] = [];
  for (const r of [...dataset.entities, ...dataset.relationships]) {
    if (!r.citations.some((c) => c.source === input.source)) {
      const id = 'id' in r ? r.id : relationshipId(r);
      issues.push({ id, field: 'citations', message: `cite the changeset's source ${input.source} at least once` });
    }
  }
  return issues;
}

/**
 * Writes the reviewed items of one document in one transaction, validated inside it as an import
 * is (quotes verbatim, citations mandatory, kinds and endpoints checked): new entities must not
 * exist, updated ones must, with the same kind. Records one audit event per item with its values
 * before and after, one for the changeset, and the changeset itself. All or nothing.
 */
export async function commitChangeset(db: Executor, actor: Principal, raw: unknown): Promise<ChangesetRecord> {
  const input = parseInput(changesetInputSchema, raw, 'The changeset');
  const dataset = itemsDataset(input);
  const shape = shapeIssues(input, dataset);
  if (shape.length > 0) throw new InvalidInput('The changeset', shape);
  const id = `changeset:${randomUUID()}`;
  const now = new Date();
  const created = input.entities.map((e) => e.id);
  const updated = input.updates.map((e) => e.id);
  const relationships = [...new Set(input.relationships.map(relationshipId))];
  return db.writeTransaction(async (tx) => {
    const issues: InputIssue[] = [];
    const [source] = await tx.run('existingEntities', { ids: [input.source] });
    if (source?.kind !== 'SOURCE') {
      throw new InvalidInput('The changeset', [
        { field: 'source', message: `there is no source "${input.source}"; store the document first` },
      ]);
    }
    const missing = await lockCitedSources(
      tx,
      dataset.entities
        .flatMap((e) => e.citations.map((c) => c.source))
        .concat(dataset.relationships.flatMap((r) => r.citations.map((c) => c.source))),
    );
    for (const sid of missing) issues.push({ field: 'citations', message: `unknown source "${sid}"` });
    const existing = new Map(
      (await tx.run('existingEntities', { ids: [...created, ...updated] })).map((r) => [String(r.id), String(r.kind)]),
    );
    for (const e of input.entities) {
      const kind = existing.get(e.id);
      if (kind) issues.push({ id: e.id, field: 'id', message: `already exists (a ${kind}); list it under updates to extend it` });
    }
    for (const e of input.updates) {
      const kind = existing.get(e.id);
      if (!kind) issues.push({ id: e.id, field: 'id', message: 'there is no such entity; list it under entities to create it' });
      else if (kind !== e.kind) issues.push({ id: e.id, field: 'kind', message: `is ${kind} and cannot change` });
    }
    for (const i of await checkDataset(runnerOf(tx), dataset)) {
      issues.push({ ...(i.id ? { id: i.id } : {}), ...(i.field ? { field: i.field } : {}), message: i.message });
    }
    if (issues.length > 0) throw new InvalidInput('The changeset', issues);

    const before = await readSnapshots(tx, [...updated, ...relationships]);
    const nodes = toNodeRows(dataset);
    if (nodes.length > 0) await writeBatch(tx, 'mergeNodes', nodes);
    const rels = toRelationshipRows(dataset);
    if (rels.length > 0) await writeBatch(tx, 'mergeRelationships', rels);
    const after = await readSnapshots(tx, [...created, ...updated, ...relationships]);

    const values = (target: string) => ({ before: before.get(target) ?? null, after: after.get(target) ?? null, changeset: id });
    const events: AuditEvent[] = [
      newAuditEvent(
        actor,
        'COMMIT_CHANGESET',
        id,
        `from ${input.source}: ${created.length} new entities, ${updated.length} updated, ${relationships.length} relationships`,
        { changeset: id },
        now,
      ),
      ...created.map((t) => newAuditEvent(actor, 'CREATE_ENTITY', t, 'in a changeset', values(t), now)),
      ...updated.map((t) => newAuditEvent(actor, 'UPDATE_ENTITY', t, 'in a changeset', values(t), now)),
      ...relationships.map((t) =>
        newAuditEvent(actor, 'LINK', t, before.has(t) ? 'replaced, in a changeset' : 'in a changeset', values(t), now),
      ),
    ];
    await tx.run('recordAuditEvents', { events });
    const record: ChangesetRecord = {
      id,
      source: input.source,
      note: input.note ?? null,
      createdBy: actor.name,
      createdAt: now.toISOString(),
      created,
      updated,
      relationships,
    };
    await tx.run('createChangeset', { changeset: record });
    return record;
  });
}
