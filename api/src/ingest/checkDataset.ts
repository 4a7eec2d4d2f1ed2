import type { QueryRunner } from '../db/executor.ts';
import type { Dataset } from './dataset.ts';
import type { DatasetIssue } from './datasetIssue.ts';
import type { ExternalEntity } from './datasetChecker.ts';
import { undefinedReferences, validateDataset } from './validateDataset.ts';

/** Validates a dataset, resolving the ids it references but does not define against the database. */
export async function checkDataset(db: QueryRunner, dataset: Dataset): Promise<DatasetIssue[]> {
  const missing = undefinedReferences(dataset);
  const external = new Map<string, ExternalEntity>();
  if (missing.length > 0) {
    for (const row of await db.read('existingEntities', { ids: missing })) {
      external.set(row.id as string, {
        kind: row.kind as ExternalEntity['kind'],
        ...(typeof row.text === 'string' ? { text: row.text } : {}),
      });
    }
  }
  return validateDataset(dataset, external);
}
