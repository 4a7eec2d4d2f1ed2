import type { Executor, Tx } from '../../db/executor.ts';
import { type AuditEvent, newAuditEvent } from '../../domain/auditEvent.ts';
import { checkDataset } from '../check/checkDataset.ts';
import type { Dataset } from '../dataset.ts';
import { DatasetInvalidError } from '../datasetIssue.ts';
import {
  type DecisionRow,
  type NodeRow,
  type RelationshipRow,
  toDisputeRows,
  toMergeRows,
  toNodeRows,
  toRelationshipRows,
} from '../graphRows.ts';
import { readSnapshots, type RecordSnapshot, sameSnapshot } from '../recordSnapshots.ts';
import { createContentHash } from './contentHash.ts';
import { type ImportOptions, type ImportSummary, progressReporter } from './importOptions.ts';
import { brokenCitations } from './brokenCitations.ts';
import { lockCitedSources } from './lockCitedSources.ts';
import { BATCH_SIZE, IMPORT_TIME_LIMIT_MS, writeBatches } from './writeBatch.ts';

/** A short hash of what was imported: the same rows give the same version. */
function contentVersion(nodes: readonly NodeRow[], relationships: readonly RelationshipRow[], decisions: readonly DecisionRow[]): string {
  const hash = createContentHash();
  for (const row of nodes) hash.add(row);
  for (const row of relationships) hash.add(row);
  for (const row of decisions) hash.add(row);
  return hash.version();
}

/** The sources of the dataset already stored with another text or url; locked, read inside the write transaction. */
async function replacedSources(tx: Tx, dataset: Dataset): Promise<string[]> {
  const ids = dataset.sources.map((s) => s.id);
  if (ids.length === 0) return [];
  await tx.run('lockSources', { ids });
  const stored = new Map((await tx.run('sourceFields', { ids })).map((r) => [r.id, r]));
  return dataset.sources
    .filter((s) => {
      const old = stored.get(s.id);
      return old !== undefined && (old.text !== s.text || (old.url ?? null) !== (s.url ?? null));
    })
    .map((s) => s.id);
}

/**
 * The audit events of an import made by someone: its summary, with how many records were new,
 * replaced or unchanged, then one event per record it created or changed, with the values before
 * and after.
 */
function recordEvents(summary: AuditEvent, before: Map<string, RecordSnapshot>, after: Map<string, RecordSnapshot>): AuditEvent[] {
  const actor = { name: summary.actor, role: summary.role };
  const at = new Date(summary.at);
  const events: AuditEvent[] = [];
  let unchanged = 0;
  for (const [id, value] of after) {
    const old = before.get(id) ?? null;
    if (sameSnapshot(old, value)) unchanged += 1;
    else
      events.push(
        newAuditEvent(
          actor,
          'IMPORT',
          id,
          `${old ? 'replaced' : 'created'} by import "${summary.target}"`,
          { before: old, after: value },
          at,
        ),
      );
  }
  const replaced = events.filter((e) => e.before !== 'null').length;
  const counts = `${events.length - replaced} new, ${replaced} replaced, ${unchanged} unchanged`;
  return [{ ...summary, summary: `${summary.summary}: ${counts}`.slice(0, 500) }, ...events];
}

/**
 * Validates a dataset (resolving references to entities already in the database) and writes
 * it in one transaction of batched `UNWIND … MERGE` statements. Importing the same data again
 * changes nothing.
 */
export async function importDataset(executor: Executor, dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
  const issues = await checkDataset(executor, dataset);
  if (issues.length > 0) throw new DatasetInvalidError(issues);

  const nodes = toNodeRows(dataset);
  const relationships = toRelationshipRows(dataset);
  const merges = toMergeRows(dataset);
  const disputes = toDisputeRows(dataset);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const progress = progressReporter(nodes.length + relationships.length, options);
  let done = 0;
  const written = (count: number) => progress((done += count));
  const own = new Set(dataset.sources.map((s) => s.id));
  const cited = [
    ...[...dataset.entities, ...dataset.relationships].flatMap((r) => r.citations.map((c) => c.source)),
    ...(dataset.merges ?? []).flatMap((m) => m.citations.map((c) => c.source)),
    ...(dataset.disputes ?? []).flatMap((d) => d.statements.flatMap((s) => ('citations' in s ? s.citations.map((c) => c.source) : []))),
  ];
  const external = [...new Set(cited.filter((id) => !own.has(id)))];
  const audit = await executor.writeTransaction(async (tx) => {
    const missing = await lockCitedSources(tx, external);
    if (missing.length > 0) {
      throw new DatasetInvalidError(
        missing.map((id) => ({
          file: '(database)',
          id,
          field: 'source',
          message: `cited source "${id}" was removed meanwhile; nothing was written`,
        })),
      );
    }
    const replaced = await replacedSources(tx, dataset);
    const recordIds = options.audit ? [...nodes.map((n) => n.id), ...new Set(relationships.map((r) => r.id))] : [];
    const before = await readSnapshots(tx, recordIds);
    await writeBatches(tx, 'mergeNodes', nodes, batchSize, written);
    await writeBatches(tx, 'mergeRelationships', relationships, batchSize, written);
    await writeBatches(tx, 'mergeMergeDecisions', merges, batchSize, () => {});
    await writeBatches(tx, 'mergeDisputes', disputes, batchSize, () => {});
    // Every quote that cites a source whose text or url this import replaces, anywhere in the
    // graph, and every quote of a source cited from outside (its text may have been replaced
    // after validation), must still stand; otherwise the whole import is rolled back.
    const broken = await brokenCitations(tx, [...replaced, ...external]);
    if (broken.length > 0) throw new DatasetInvalidError(broken);
    if (options.audit) {
      const [row] = await tx.run('recordAuditEvents', { events: recordEvents(options.audit, before, await readSnapshots(tx, recordIds)) });
      return row?.event as AuditEvent;
    }
    await tx.run('stampDataset', {
      version: contentVersion(nodes, relationships, [...merges, ...disputes]),
      importedAt: new Date().toISOString(),
    });
    return undefined;
  }, IMPORT_TIME_LIMIT_MS.document);
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    ...(merges.length + disputes.length > 0 ? { decisions: merges.length + disputes.length } : {}),
    ...(audit ? { audit } : {}),
  };
}
