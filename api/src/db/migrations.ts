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

/** The name of the index or constraint a schema statement creates (`CREATE … <name> IF NOT EXISTS`), or null. */
export function schemaObjectName(statement: string): string | null {
  const m =
    /^\s*CREATE\s+(?:CONSTRAINT|(?:(?:RANGE|TEXT|POINT|FULLTEXT|VECTOR|LOOKUP)\s+)?INDEX)\s+([A-Za-z_][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS\b/i.exec(
      statement,
    );
  return m ? (m[1] as string) : null;
}

/** One schema file's statements, each with the name of the index or constraint it creates (null for a data statement). */
export interface SchemaStatement {
  readonly statement: string;
  readonly name: string | null;
}

/**
 * The statements to send for one schema file, given the names the database already has: each
 * named statement whose index or constraint is missing, and the file's data statements (which
 * fill properties its indexes are on, for nodes written before them) only while one of its named
 * statements is still to send, so a started database pays for them once, not at every start.
 */
export function statementsToApply(file: readonly SchemaStatement[], existing: ReadonlySet<string>): string[] {
  const missing = file.filter((s) => s.name !== null && !existing.has(s.name));
  if (missing.length === 0) return [];
  return file.filter((s) => s.name === null || !existing.has(s.name)).map((s) => s.statement);
}

/** A schema file's statements, in order, with their names. */
export function readSchemaFile(file: string): SchemaStatement[] {
  return splitStatements(readFileSync(file, 'utf8')).map((statement) => ({ statement, name: schemaObjectName(statement) }));
}

/**
 * Applies the schema statements, in order, whose index or constraint the database does not have
 * yet (read first in two statements: every statement is a schema transaction of its own, about
 * two dozen round trips that `npm run import` paid on every run). Each uses `IF NOT EXISTS`, so
 * applying twice changes nothing; a data statement runs with its file (`statementsToApply`), in
 * transactions of its own. Then waits until the indexes are online. Returns the number of
 * statements sent.
 */
export async function applySchema(executor: Executor): Promise<number> {
  const existing = new Set([
    ...(await executor.read('schemaIndexNames')).map((row) => row.name),
    ...(await executor.read('schemaConstraintNames')).map((row) => row.name),
  ]);
  let count = 0;
  for (const file of schemaFiles()) {
    for (const statement of statementsToApply(readSchemaFile(file), existing)) {
      await executor.runSchema(statement);
      count += 1;
    }
  }
  await executor.runSchema('CALL db.awaitIndexes(300)');
  return count;
}
