import type { QueryRunner } from '../../db/executor.ts';
import type { Dataset } from '../dataset.ts';
import type { DatasetIssue } from '../datasetIssue.ts';
import { lookupExternal, lookupRelationships } from './lookupExternal.ts';
import { undefinedReferences, undefinedRelationships, validateDataset } from './validateDataset.ts';

/** Validates a dataset, resolving the ids (and disputed relationships) it references but does not define against the database. */
export async function checkDataset(db: QueryRunner, dataset: Dataset): Promise<DatasetIssue[]> {
  return validateDataset(
    dataset,
    await lookupExternal(db, undefinedReferences(dataset)),
    await lookupRelationships(db, undefinedRelationships(dataset)),
  );
}
