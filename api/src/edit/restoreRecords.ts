import type { Tx } from '../db/executor.ts';
import type { AuditEvent } from '../domain/auditEvent.ts';
import { type InputIssue, InvalidInput } from '../errors.ts';
import { checkDataset } from '../ingest/check/checkDataset.ts';
import type { Dataset, LoadedEntity, LoadedRelationship, LoadedSource } from '../ingest/dataset.ts';
import { toNodeRows, toRelationshipRows } from '../ingest/graphRows.ts';
import {
  isRelationshipId,
  readSnapshots,
  type RecordSnapshot,
  relationshipRef,
  runnerOf,
  sameSnapshot,
} from '../ingest/recordSnapshots.ts';
import { brokenCitations } from '../ingest/write/brokenCitations.ts';
import { lockCitedSources } from '../ingest/write/lockCitedSources.ts';
import { writeBatch } from '../ingest/write/writeBatch.ts';

/** One recorded change to undo: its target's values before and after it (null: not there). */
export interface RecordChange {
  readonly target: string;
  readonly before: RecordSnapshot | null;
  readonly after: RecordSnapshot | null;
}

/** Where restored records say they come from, in messages. */
const FROM_LOG = '(audit log)';

function isSourceId(id: string): boolean {
  return id.startsWith('source:');
}

/** The records to write back, as a dataset the import's checker validates. */
function restoredDataset(changes: readonly RecordChange[]): Dataset {
  const sources: LoadedSource[] = [];
  const entities: LoadedEntity[] = [];
  const relationships: LoadedRelationship[] = [];
  for (const { target, before } of changes) {
    if (before === null) continue;
    const record = { ...before, file: FROM_LOG };
    if (isRelationshipId(target)) relationships.push(record as unknown as LoadedRelationship);
    else if (isSourceId(target)) sources.push(record as unknown as LoadedSource);
    else entities.push(record as unknown as LoadedEntity);
  }
  return { sources, entities, relationships };
}

/** Says who last changed a target, from the audit log, for a message. */
async function lastChange(tx: Tx, target: string): Promise<string> {
  const [row] = await tx.run('auditLog', { target, first: 1 });
  const event = row?.event as AuditEvent | undefined;
  return event ? ` (last changed by ${event.actor} at ${event.at}, ${event.action}, event ${event.id})` : '';
}

/**
 * Puts each target back as it was `before` a change, in the caller's write transaction: refused,
 * with every reason listed, when a target is no longer as the change left it (`after`), when a
 * record to remove has gained relationships or citations since, or when a record to write back
 * would not pass the import's checks (its quotes verbatim in the sources as they are now) or
 * would break a quote elsewhere. Throws before anything is committed.
 */
export async function restoreRecords(tx: Tx, changes: readonly RecordChange[], what: string): Promise<void> {
  const targets = changes.map((c) => c.target);
  // Two reverts of one record run one after the other: the second then sees what the first did.
  const locked = targets.flatMap((t) => (isRelationshipId(t) ? [relationshipRef(t).from] : [t]));
  await tx.run('lockSources', { ids: [...new Set(locked)].sort() });
  const current = await readSnapshots(tx, targets);
  const issues: InputIssue[] = [];
  for (const change of changes) {
    if (!sameSnapshot(current.get(change.target) ?? null, change.after)) {
      issues.push({
        id: change.target,
        message: `changed since${await lastChange(tx, change.target)}; revert that change first, or edit it by hand`,
      });
    }
  }
  if (issues.length > 0) throw new InvalidInput(what, issues);

  const dataset = restoredDataset(changes);
  const cited = [...dataset.entities, ...dataset.relationships].flatMap((r) => r.citations.map((c) => c.source));
  const own = new Set(dataset.sources.map((s) => s.id));
  const missing = await lockCitedSources(
    tx,
    cited.filter((id) => !own.has(id)),
  );
  for (const id of missing) issues.push({ id, field: 'source', message: 'the cited source is no longer in the graph' });
  const checked = await checkDataset(runnerOf(tx), dataset);
  for (const i of checked) issues.push({ ...(i.id ? { id: i.id } : {}), ...(i.field ? { field: i.field } : {}), message: i.message });
  if (issues.length > 0) throw new InvalidInput(what, issues);

  // Relationships go before the entities they join, and come back after them.
  const removals = changes.filter((c) => c.before === null);
  for (const c of removals.filter((r) => isRelationshipId(r.target))) {
    const ref = relationshipRef(c.target);
    await tx.run('unlinkEntities', { id: ref.id, type: ref.type, from: ref.from, to: ref.to });
  }
  const nodes = toNodeRows(dataset);
  if (nodes.length > 0) await writeBatch(tx, 'mergeNodes', nodes);
  const rels = toRelationshipRows(dataset);
  if (rels.length > 0) await writeBatch(tx, 'mergeRelationships', rels);
  const entityRemovals = removals.filter((r) => !isRelationshipId(r.target)).map((r) => r.target);
  if (entityRemovals.length > 0) {
    for (const row of await tx.run('entityRelationships', { ids: entityRemovals })) {
      issues.push({
        id: row.id,
        message: `later relationships depend on it (${row.relationships.slice(0, 5).join(', ')}); unlink them first`,
      });
    }
    for (const id of entityRemovals.filter(isSourceId)) {
      const [cites] = await tx.run('citationsOfSource', { id });
      const count = Number(cites?.entities ?? 0) + Number(cites?.relationships ?? 0) + Number(cites?.decisions ?? 0);
      if (count > 0) issues.push({ id, message: `${count} entities, relationships or decisions cite it now; re-cite them first` });
    }
    if (issues.length > 0) throw new InvalidInput(what, issues);
    for (const id of entityRemovals) await tx.run('deleteEntity', { id });
  }
  const broken = await brokenCitations(
    tx,
    dataset.sources.map((s) => s.id),
  );
  for (const i of broken) issues.push({ ...(i.id ? { id: i.id } : {}), ...(i.field ? { field: i.field } : {}), message: i.message });
  if (issues.length > 0) throw new InvalidInput(what, issues);
}
