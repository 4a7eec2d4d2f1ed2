import type { Executor } from '../../db/executor.ts';
import type { AuditEvent } from '../../domain/auditEvent.ts';
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
import { createContentHash } from './contentHash.ts';
import { type ImportOptions, type ImportSummary, progressReporter } from './importOptions.ts';
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
  const audit = await executor.writeTransaction(async (tx) => {
    const missing = await lockCitedSources(
      tx,
      cited.filter((id) => !own.has(id)),
    );
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
    await writeBatches(tx, 'mergeNodes', nodes, batchSize, written);
    await writeBatches(tx, 'mergeRelationships', relationships, batchSize, written);
    await writeBatches(tx, 'mergeMergeDecisions', merges, batchSize, () => {});
    await writeBatches(tx, 'mergeDisputes', disputes, batchSize, () => {});
    if (options.audit) {
      const [row] = await tx.run('recordAudit', { event: options.audit });
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
