import type { Executor, WriteTransaction } from '../db/executor.ts';
import { checkJsonLines } from './checkJsonLines.ts';
import { createContentHash } from './contentHash.ts';
import type { ExternalEntity } from './datasetChecker.ts';
import { DatasetInvalidError } from './datasetIssue.ts';
import type { LineKind } from './datasetLine.ts';
import { entityRow, type NodeRow, relationshipRow, type RelationshipRow, sourceRow } from './graphRows.ts';
import { type ImportOptions, type ImportSummary, progressReporter } from './importOptions.ts';
import { jsonLinesRecords } from './jsonLinesRecords.ts';
import type { CheckedLine } from './normalizeCheckedLine.ts';

/** The transaction's time limit: a million rows on a busy machine can take more than the half hour YAML imports get. */
const TIME_LIMIT_MS = 2 * 3600_000;

type Query = 'mergeNodes' | 'mergeRelationships';

function rowOf(line: CheckedLine): NodeRow | RelationshipRow {
  if (line.kind === 'source') return sourceRow(line.record);
  return line.kind === 'entity' ? entityRow(line.record) : relationshipRow(line.record);
}

/** Writes one batch and checks that every row landed (a relationship whose end is missing would not). */
async function writeBatch(tx: WriteTransaction, query: Query, rows: readonly (NodeRow | RelationshipRow)[]): Promise<void> {
  const [result] = await tx.run(query, { rows });
  if (Number(result?.written ?? 0) !== rows.length) {
    throw new Error(`${query}: wrote ${String(result?.written)} of ${rows.length} rows; the transaction was rolled back`);
  }
}

/**
 * Imports JSON Lines files without holding them in memory: a first pass checks every record
 * (references to ids defined elsewhere are looked up in the database), a second pass turns
 * records into rows and writes them in batches, all in one transaction: everything or nothing.
 *
 * While one batch of rows is being written, the records of the next batch are read and parsed,
 * and the batch in flight is hashed; the next rows are built only once it is written. So at most
 * one batch of rows exists at a time, besides the parsed records of the next.
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
    let inFlight: Promise<void> = Promise.resolve();
    let records: CheckedLine[] = [];
    let query: Query = 'mergeNodes';
    const send = async () => {
      if (records.length === 0) return;
      await inFlight;
      const rows = records.map(rowOf);
      records = [];
      const written = writeBatch(tx, query, rows).then(() => {
        done += rows.length;
        progress(done);
      });
      // Awaited before the next batch is sent; until then a failure waits there.
      written.catch(() => {});
      inFlight = written;
      for (const row of rows) hash.add(row);
    };
    try {
      for (const kinds of passes) {
        for await (const line of jsonLinesRecords(files, kinds)) {
          const next: Query = line.kind === 'relationship' ? 'mergeRelationships' : 'mergeNodes';
          if (next !== query) {
            await send();
            query = next;
          }
          records.push(line);
          if (records.length >= batchSize) await send();
        }
      }
      await send();
    } finally {
      await inFlight;
    }
    await tx.run('stampDataset', { version: hash.version(), importedAt: new Date().toISOString() });
  }, TIME_LIMIT_MS);
  return { nodes: sources + entities, relationships };
}
