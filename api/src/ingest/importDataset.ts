import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor.ts';
import type { Dataset } from './dataset.ts';
import { type DatasetIssue, formatIssue } from './datasetIssue.ts';
import { type NodeRow, type RelationshipRow, toNodeRows, toRelationshipRows } from './graphRows.ts';
import { readDataset } from './readDataset.ts';
import type { ExternalEntity } from './datasetChecker.ts';
import { undefinedReferences, validateDataset } from './validateDataset.ts';

/** A short hash of what was imported: the same rows give the same version. */
export function contentVersion(nodes: readonly NodeRow[], relationships: readonly RelationshipRow[]): string {
  const hash = createHash('sha256');
  for (const row of [...nodes, ...relationships]) hash.update(JSON.stringify(row)).update('\n');
  return hash.digest('hex').slice(0, 12);
}

/** The dataset has problems; nothing was written. */
export class DatasetInvalidError extends Error {
  override readonly name = 'DatasetInvalidError';
  constructor(readonly issues: readonly DatasetIssue[]) {
    super(`The dataset has ${issues.length} problem(s); nothing was written:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  }
}

/** What an import wrote. */
export interface ImportSummary {
  readonly nodes: number;
  readonly relationships: number;
}

/** Options of an import. */
export interface ImportOptions {
  readonly batchSize?: number;
  /** Progress lines go here when the input is large. */
  readonly log?: (line: string) => void;
}

const PROGRESS_THRESHOLD = 5_000;

/** Reads, validates and imports a dataset file or folder; on any problem nothing is written. */
export async function importPath(executor: Executor, target: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const read = await readDataset(target);
  if (!read.ok) throw new DatasetInvalidError(read.issues);
  return importDataset(executor, read.dataset, options);
}

/**
 * Validates a dataset (resolving references to entities already in the database) and writes
 * it in one transaction of batched `UNWIND … MERGE` statements. Importing the same data again
 * changes nothing.
 */
export async function importDataset(executor: Executor, dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
  const missing = undefinedReferences(dataset);
  const external = new Map<string, ExternalEntity>();
  if (missing.length > 0) {
    for (const row of await executor.read('existingEntities', { ids: missing })) {
      external.set(row.id as string, {
        kind: row.kind as ExternalEntity['kind'],
        ...(typeof row.text === 'string' ? { text: row.text } : {}),
      });
    }
  }
  const issues = validateDataset(dataset, external);
  if (issues.length > 0) throw new DatasetInvalidError(issues);

  const nodes = toNodeRows(dataset);
  const relationships = toRelationshipRows(dataset);
  const batchSize = options.batchSize ?? 1_000;
  const total = nodes.length + relationships.length;
  const log = total >= PROGRESS_THRESHOLD ? (options.log ?? (() => {})) : () => {};
  let done = 0;
  await executor.writeTransaction(async (tx) => {
    const writeAll = async (name: 'mergeNodes' | 'mergeRelationships', rows: readonly (NodeRow | RelationshipRow)[]) => {
      for (let i = 0; i < rows.length; i += batchSize) {
        const batch = rows.slice(i, i + batchSize);
        const [result] = await tx.run(name, { rows: batch });
        if (Number(result?.written ?? 0) !== batch.length) {
          throw new Error(`${name}: wrote ${String(result?.written)} of ${batch.length} rows; the transaction was rolled back`);
        }
        done += batch.length;
        log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${Math.round((100 * done) / total)}%)`);
      }
    };
    await writeAll('mergeNodes', nodes);
    await writeAll('mergeRelationships', relationships);
    await tx.run('stampDataset', { version: contentVersion(nodes, relationships), importedAt: new Date().toISOString() });
  }, 30 * 60_000);
  return { nodes: nodes.length, relationships: relationships.length };
}
