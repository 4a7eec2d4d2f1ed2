/**
 * The raw baseline of the import benchmark: the least an import of a JSON Lines dataset can do.
 * It reads the files, turns each record into the same row as the real import (the same pure row
 * builders, the same MERGE statements), and writes batches of 1,000 with UNWIND … MERGE in one
 * transaction, with no validation at all. It is the yardstick the real import is measured
 * against, so, unlike the product code, it talks to neo4j-driver directly.
 *
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… node bench/src/rawImport.ts <dataset folder>
 *
 * Prints one JSON line: {"nodes":…,"relationships":…,"ms":…}.
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadQueryRegistry } from '../../api/src/db/queryRegistry.ts';
import { findDataset } from '../../api/src/ingest/read/findDataset.ts';
import type { LoadedEntity, LoadedRelationship, LoadedSource } from '../../api/src/ingest/dataset.ts';
import { entityRow, type NodeRow, relationshipRow, type RelationshipRow, sourceRow } from '../../api/src/ingest/graphRows.ts';
import { readLineBatches } from '../../api/src/ingest/read/readLineBatches.ts';

const BATCH = 1_000;

/** Whole numbers go to Neo4j as integers, as the real import sends them; nothing else needs converting in a row. */
function driverRow<T extends NodeRow | RelationshipRow>(row: T): T {
  const props: Record<string, unknown> = {};
  for (const key in row.props) {
    const v = row.props[key];
    props[key] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  }
  return { ...row, props };
}

async function main(target: string): Promise<void> {
  const started = Date.now();
  const driver = neo4j.driver(
    process.env.NEO4J_URI ?? '',
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  // The statements exactly as the real import sends them.
  const { mergeNodes, mergeRelationships } = loadQueryRegistry();
  let nodes = 0;
  let relationships = 0;
  const tx = await session.beginTransaction({ timeout: 4 * 3600_000 });
  try {
    let batch: unknown[] = [];
    let statement = mergeNodes;
    const flush = async () => {
      if (batch.length === 0) return;
      const params: { rows?: unknown[] } = { rows: batch };
      await tx.run(statement, params);
      // The driver keeps every result of an open transaction, parameters included, until the end:
      // without this the baseline would hold the whole dataset in memory, as the real import did before it did the same.
      delete params.rows;
      batch = [];
    };
    const found = await findDataset(target);
    for (const file of found.ok && found.format === 'jsonLines' ? found.files : []) {
      for await (const { lines } of readLineBatches(file)) {
        for (const line of lines) {
          if (line.trim() === '') continue;
          // Records as written by `npm run generate` (sources with inline text); missing lists default to empty.
          const record = JSON.parse(line) as {
            source?: LoadedSource;
            entity?: Partial<LoadedEntity>;
            relationship?: Partial<LoadedRelationship>;
          };
          let row: NodeRow | RelationshipRow;
          let next = mergeNodes;
          if (record.source) row = sourceRow(record.source);
          else if (record.entity) row = entityRow({ aliases: [], attributes: {}, ...record.entity } as LoadedEntity);
          else if (record.relationship) {
            row = relationshipRow({ attributes: {}, ...record.relationship } as LoadedRelationship);
            next = mergeRelationships;
          } else continue;
          if (next !== statement) {
            await flush();
            statement = next;
          }
          batch.push(driverRow(row));
          if (next === mergeNodes) nodes += 1;
          else relationships += 1;
          if (batch.length >= BATCH) await flush();
        }
      }
    }
    await flush();
    await tx.commit();
  } catch (error) {
    await tx.rollback();
    throw error;
  } finally {
    await session.close();
    await driver.close();
  }
  console.log(JSON.stringify({ nodes, relationships, ms: Date.now() - started }));
}

main(path.resolve(process.argv[2] ?? '.')).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
