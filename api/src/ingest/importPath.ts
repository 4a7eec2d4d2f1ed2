import type { Executor } from '../db/executor.ts';
import { DatasetInvalidError } from './datasetIssue.ts';
import { findDataset } from './read/findDataset.ts';
import { importJsonLines } from './write/importJsonLines.ts';
import type { ImportOptions, ImportSummary } from './write/importOptions.ts';

/**
 * Finds, reads, checks and imports a dataset file or folder; on any problem nothing is written.
 * JSON Lines files (`.ndjson`, `.jsonl`) are streamed; YAML and JSON files are read whole.
 */
export async function importPath(executor: Executor, target: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const found = await findDataset(target);
  if (!found.ok) throw new DatasetInvalidError(found.issues);
  if (found.format === 'jsonLines') return importJsonLines(executor, found.files, options);
  // Loaded only for documents: their YAML parser is some 70 modules that JSON Lines do not need.
  const [{ readDataset }, { importDataset }] = await Promise.all([import('./read/readDataset.ts'), import('./write/importDataset.ts')]);
  const read = await readDataset(found);
  if (!read.ok) throw new DatasetInvalidError(read.issues);
  return importDataset(executor, read.dataset, options);
}
