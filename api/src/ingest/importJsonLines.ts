import type { Executor, Tx } from '../db/executor.ts';
import { checkJsonLines, type JsonLinesCheck } from './checkJsonLines.ts';
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

/** A batch of relationships came back short: an end was missing (not written yet, or not at all). */
class ShortBatchError extends Error {}

/** Writes one batch and checks that every row landed (a relationship whose end is missing would not). */
async function writeBatch(tx: Tx, query: Query, rows: readonly (NodeRow | RelationshipRow)[]): Promise<void> {
  const [result] = await tx.run(query, { rows });
  if (Number(result?.written ?? 0) !== rows.length) {
    throw new ShortBatchError(`${query}: wrote ${String(result?.written)} of ${rows.length} rows; the transaction was rolled back`);
  }
}

/** Stops a speculative write pass: the check found problems, so what it wrote is to be rolled back. */
class CheckFailed extends Error {}

/** How a write pass runs: in which order it reads the files, and with which check. */
interface WritePlan {
  readonly passes: readonly (readonly LineKind[])[];
  /** The check: done (a plain pass), or still running (a speculative pass, which commits only once it is clean). */
  readonly check: Promise<JsonLinesCheck>;
  /** The check's result once known, for the speculative pass to stop as soon as it fails. */
  readonly known: () => JsonLinesCheck | undefined;
}

/**
 * Imports JSON Lines files without holding them in memory: a checking pass reads every record
 * (references to ids defined elsewhere are looked up in the database) and a write pass turns
 * records into rows and writes them in batches, all in one transaction: everything or nothing.
 *
 * The two passes run at the same time: the check works while Neo4j writes. The transaction
 * commits only once the check is clean; if it finds a problem, the write stops and everything
 * written so far is rolled back. Files whose relationships come before their ends cannot be written
 * in one pass: then, once the check is clean, a second transaction writes them kind by kind.
 *
 * While one batch of rows is being written, the records of the next batch are read and parsed,
 * and the batch in flight is hashed; the next rows are built only once it is written. So at most
 * one batch of rows exists at a time, besides the parsed records of the next.
 */
export async function importJsonLines(executor: Executor, files: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  let known: JsonLinesCheck | undefined;
  const check = checkJsonLines(files, {
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
  }).then((result) => (known = result));
  // Awaited below on every path; until then a failure waits there.
  check.catch(() => {});
  const all: readonly LineKind[] = ['source', 'entity', 'relationship'];
  try {
    return await writePass(executor, files, options, { passes: [all], check, known: () => known });
  } catch (error) {
    const result = await check;
    if (result.issues.length > 0) throw new DatasetInvalidError(result.issues);
    // Relationships before their ends: write the clean files again, nodes first.
    if (error instanceof ShortBatchError && !result.ordered) {
      return writePass(executor, files, options, { passes: [['source'], ['entity'], ['relationship']], check, known: () => known });
    }
    throw error;
  }
}

/** One write pass over the files in one transaction, committed only if the check is clean. */
async function writePass(executor: Executor, files: readonly string[], options: ImportOptions, plan: WritePlan): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 1_000;
  const failed = () => (plan.known()?.issues.length ?? 0) > 0;
  // A file named by a source is read only once the check has accepted the whole input.
  const checkedClean = async () => {
    if ((await plan.check).issues.length > 0) throw new CheckFailed('the check found problems');
  };
  const progress = progressReporter(() => {
    const counts = plan.known()?.counts;
    return counts && counts.sources + counts.entities + counts.relationships;
  }, options);
  await executor.writeTransaction(async (tx) => {
    const hash = createContentHash();
    let done = 0;
    let inFlight: Promise<void> = Promise.resolve();
    let records: CheckedLine[] = [];
    let query: Query = 'mergeNodes';
    const send = async () => {
      if (records.length === 0) return;
      await inFlight;
      if (failed()) throw new CheckFailed('the check found problems');
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
      for (const kinds of plan.passes) {
        for await (const line of jsonLinesRecords(files, kinds, { beforeTextFile: checkedClean })) {
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
    // Commit only what a clean check allows.
    await checkedClean();
    await tx.run('stampDataset', { version: hash.version(), importedAt: new Date().toISOString() });
  }, TIME_LIMIT_MS);
  const { sources, entities, relationships } = (await plan.check).counts;
  return { nodes: sources + entities, relationships };
}
