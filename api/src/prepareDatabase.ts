import path from 'node:path';
import type { Executor } from './db/executor.ts';
import { applySchema } from './db/migrations.ts';
import { importPath } from './ingest/importPath.ts';

/**
 * Applies `cypher/schema/` and loads the seed, then the atlas datasets, into an empty database;
 * says what it did through `log`. A start-up step beside server.ts: it uses both the database and
 * the import, so it lives above both.
 */
export async function prepareDatabase(
  executor: Executor,
  seedPath: string,
  log: (line: string) => void,
  atlasPaths: readonly string[] = [],
): Promise<void> {
  const statements = await applySchema(executor);
  log(statements === 0 ? 'Schema: up to date.' : `Schema: ${statements} statements applied.`);
  const [counts] = await executor.read('countNodes');
  if (Number(counts?.nodes ?? 0) === 0) {
    const summary = await importPath(executor, seedPath, { log });
    log(`Loaded the seed dataset: ${summary.nodes} nodes, ${summary.relationships} relationships.`);
    for (const atlas of atlasPaths) {
      const more = await importPath(executor, atlas, { log });
      log(
        `Loaded ${path.relative(process.cwd(), atlas) || atlas}: ${more.nodes} nodes, ${more.relationships} relationships, ${more.decisions ?? 0} merge decisions and disputes.`,
      );
    }
  } else {
    log(`Database holds ${String(counts?.nodes)} nodes and ${String(counts?.relationships)} relationships.`);
  }
}
