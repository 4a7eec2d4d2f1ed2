import type { Tx } from '../../db/executor.ts';
import type { DecisionRow, NodeRow, RelationshipRow } from '../graphRows.ts';

/** The statement that writes rows of one kind. */
export type WriteQuery = 'mergeNodes' | 'mergeRelationships' | 'mergeMergeDecisions' | 'mergeDisputes';

/** Rows sent in one statement, unless the import's options say otherwise. */
export const BATCH_SIZE = 1_000;

/** How long one import transaction may run before Neo4j ends it (and so rolls it back). */
export const IMPORT_TIME_LIMIT_MS = {
  /** A YAML/JSON dataset is read whole into memory, which bounds its size: half an hour leaves a wide margin. */
  document: 30 * 60_000,
  /** JSON Lines are streamed, so nothing bounds their size: a million rows on a busy machine can take more than half an hour. */
  jsonLines: 2 * 3600_000,
} as const;

/** A batch came back short: some rows were not written (a relationship whose end is missing: not written yet, or not at all). */
export class ShortBatchError extends Error {
  override readonly name = 'ShortBatchError';
  readonly query: WriteQuery;
  readonly written: number;
  readonly expected: number;
  constructor(query: WriteQuery, written: number, expected: number) {
    super(`${query}: wrote ${written} of ${expected} rows; the transaction was rolled back`);
    this.query = query;
    this.written = written;
    this.expected = expected;
  }
}

/** Writes one batch and checks that every row landed; throws `ShortBatchError` if not. */
export async function writeBatch(tx: Tx, query: WriteQuery, rows: readonly (NodeRow | RelationshipRow | DecisionRow)[]): Promise<void> {
  const [result] = await tx.run(query, { rows });
  const written = Number(result?.written ?? 0);
  if (written !== rows.length) throw new ShortBatchError(query, written, rows.length);
}

/** Writes rows held in memory batch by batch, telling `onWritten` how many rows each batch wrote. */
export async function writeBatches(
  tx: Tx,
  query: WriteQuery,
  rows: readonly (NodeRow | RelationshipRow | DecisionRow)[],
  batchSize: number,
  onWritten: (count: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    await writeBatch(tx, query, batch);
    onWritten(batch.length);
  }
}
