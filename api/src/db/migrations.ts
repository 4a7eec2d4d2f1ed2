import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';
import type { Executor } from './executor.ts';
import { splitStatements } from './queryRegistry.ts';

/** The schema files in `cypher/schema/`, in the order they apply (by file name). */
export function schemaFiles(dir = path.join(REPO_ROOT, 'cypher', 'schema')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Applies every schema statement in order. Each uses `IF NOT EXISTS`, so applying twice
 * changes nothing; then waits until the indexes are online.
 */
export async function applySchema(executor: Executor): Promise<number> {
  let count = 0;
  for (const file of schemaFiles()) {
    for (const statement of splitStatements(readFileSync(file, 'utf8'))) {
      await executor.runSchema(statement);
      count += 1;
    }
  }
  await executor.runSchema('CALL db.awaitIndexes(300)');
  return count;
}
