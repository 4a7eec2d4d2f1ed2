import type { Principal } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import { type AuditEvent, newAuditEvent } from '../domain/auditEvent.ts';
import { InvalidInput, NotFound } from '../errors.ts';
import type { RecordSnapshot } from '../ingest/recordSnapshots.ts';
import type { ChangesetRecord } from './changesetRecord.ts';
import { checkReason } from './graphqlInput.ts';
import { type RecordChange, restoreRecords } from './restoreRecords.ts';

/** The actions a changeset records per item; their reverts and the changeset's own events are not items. */
const ITEM_ACTIONS = new Set(['CREATE_ENTITY', 'UPDATE_ENTITY', 'LINK']);

/** The values an event kept, parsed; undefined when it kept none. */
export function eventValues(event: AuditEvent): { before: RecordSnapshot | null; after: RecordSnapshot | null } | undefined {
  if (typeof event.before !== 'string' || typeof event.after !== 'string') return undefined;
  return { before: JSON.parse(event.before) as RecordSnapshot | null, after: JSON.parse(event.after) as RecordSnapshot | null };
}

/**
 * Undoes a whole changeset in one transaction: removes the entities and relationships it created
 * and writes back what it replaced. Refused, naming each reason, when it was reverted already or
 * when later changes depend on what it wrote (see `restoreRecords`). Appends one audit event per
 * item and one for the revert; the changeset records who reverted it, when and why.
 */
export async function revertChangeset(db: Executor, actor: Principal, id: string, reason: string): Promise<ChangesetRecord> {
  const why = checkReason(reason);
  return db.writeTransaction(async (tx) => {
    const [row] = await tx.run('lockChangeset', { id });
    const changeset = row?.changeset as ChangesetRecord | undefined;
    if (!changeset) throw new NotFound(`There is no changeset "${id}".`);
    if (changeset.revertedAt) {
      throw new InvalidInput('The revert', [
        {
          id,
          message: `the changeset was already reverted by ${changeset.revertedBy ?? '?'} at ${changeset.revertedAt} ("${changeset.revertReason ?? ''}")`,
        },
      ]);
    }
    const items = (await tx.run('changesetEvents', { id }))
      .map((r) => r.event as AuditEvent)
      .filter((e) => ITEM_ACTIONS.has(e.action) && !e.reverts);
    const changes: (RecordChange & { event: string })[] = items.map((e) => ({
      target: e.target,
      event: e.id,
      ...(eventValues(e) ?? { before: null, after: null }),
    }));
    await restoreRecords(tx, changes, 'The revert');
    const now = new Date();
    const events = [
      newAuditEvent(actor, 'REVERT_CHANGESET', id, why, { changeset: id }, now),
      ...changes.map((c) =>
        newAuditEvent(
          actor,
          'REVERT',
          c.target,
          `reverted with changeset ${id}: ${why}`,
          { before: c.after, after: c.before, changeset: id, reverts: c.event },
          now,
        ),
      ),
    ];
    await tx.run('recordAuditEvents', { events });
    const [marked] = await tx.run('markChangesetReverted', { id, by: actor.name, at: now.toISOString(), reason: why });
    return marked?.changeset as ChangesetRecord;
  });
}
