import type { Principal } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import { type AuditEvent, newAuditEvent } from '../domain/auditEvent.ts';
import { InvalidInput, NotFound } from '../errors.ts';
import { checkReason } from './graphqlInput.ts';
import { restoreRecords } from './restoreRecords.ts';
import { eventValues } from './revertChangeset.ts';

/**
 * Restores the `before` values of one audit event, in one transaction, and appends a REVERT
 * event; refused when the event kept no values, when its target changed since, or when the
 * restored state would break provenance (see `restoreRecords`).
 */
export async function revertChange(db: Executor, actor: Principal, id: string, reason: string): Promise<AuditEvent> {
  const why = checkReason(reason);
  return db.writeTransaction(async (tx) => {
    const [row] = await tx.run('auditEventById', { id });
    const event = row?.event as AuditEvent | undefined;
    if (!event) throw new NotFound(`There is no audit event "${id}".`);
    const values = eventValues(event);
    if (!values) {
      const hint =
        event.action === 'COMMIT_CHANGESET'
          ? '; use revertChangeset to undo a whole changeset'
          : event.action === 'IMPORT'
            ? '; revert the events of each record it changed'
            : '';
      throw new InvalidInput('The revert', [
        { id, message: `the event (${event.action} of ${event.target}) kept no values before and after${hint}` },
      ]);
    }
    await restoreRecords(tx, [{ target: event.target, ...values }], 'The revert');
    const revert = newAuditEvent(actor, 'REVERT', event.target, `reverted ${event.action} of ${event.at}: ${why}`, {
      before: values.after,
      after: values.before,
      reverts: event.id,
      ...(event.changeset ? { changeset: event.changeset } : {}),
    });
    const [recorded] = await tx.run('recordAudit', { event: revert });
    return recorded?.event as AuditEvent;
  });
}
