import type { Executor } from '../db/executor.ts';
import { checkJsonLines } from './checkJsonLines.ts';
import { createContentHash } from './contentHash.ts';
import type { ExternalEntity } from './datasetChecker.ts';
import type { LineKind } from './datasetLine.ts';
import { DatasetInvalidError } from './datasetIssue.ts';
import { type ImportOptions, type ImportSummary, progressReporter } from './importOptions.ts';
import { jsonLinesRows } from './jsonLinesRows.ts';

/** The transaction's time limit: a million rows on a busy machine can take more than the half hour YAML imports get. */
const TIME_LIMIT_MS = 2 * 3600_000;

/**
 * Imports JSON Lines files without holding them in memory: a first pass checks every record
 * (references to ids defined elsewhere are looked up in the database), a second pass turns
 * records into rows and writes them in batches, all in one transaction: everything or nothing.
 */
export async function importJsonLines(executor: Executor, files: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const check = await checkJsonLines(files, {
    lookup: async (ids) => {
      const found = new Map<string, ExternalEntity>();
      for (const row of await executor.read('existingEntities', { ids })) {
        found.set(row.id as string, {
          kind: row.kind as ExternalEntity['kind'],
          ...(typeof row.text === 'string' ? { text: row.text } : {}),
        });
      }
      return found;
    },
  });
  if (check.issues.length > 0) throw new DatasetInvalidError(check.issues);

  const { sources, entities, relationships } = check.counts;
  const total = sources + entities + relationships;
  const batchSize = options.batchSize ?? 1_000;
  const progress = progressReporter(total, options);
  // Nodes must be written before the relationships between them; files in that order take one pass.
  const passes: (readonly LineKind[])[] = check.ordered
    ? [['source', 'entity', 'relationship']]
    : [['source'], ['entity'], ['relationship']];
  await executor.writeTransaction(async (tx) => {
    const hash = createContentHash();
    let done = 0;
    let batch: unknown[] = [];
    let query: 'mergeNodes' | 'mergeRelationships' = 'mergeNodes';
    const flush = async () => {
      if (batch.length === 0) return;
      const [result] = await tx.run(query, { rows: batch });
      if (Number(result?.written ?? 0) !== batch.length) {
        throw new Error(`${query}: wrote ${String(result?.written)} of ${batch.length} rows; the transaction was rolled back`);
      }
      done += batch.length;
      batch = [];
      progress(done);
    };
    for (const kinds of passes) {
      for await (const item of jsonLinesRows(files, kinds)) {
        const name = item.kind === 'node' ? 'mergeNodes' : 'mergeRelationships';
        if (name !== query) {
          await flush();
          query = name;
        }
        batch.push(item.row);
        hash.add(item.row);
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
    await tx.run('stampDataset', { version: hash.version(), importedAt: new Date().toISOString() });
  }, TIME_LIMIT_MS);
  return { nodes: sources + entities, relationships };
}
