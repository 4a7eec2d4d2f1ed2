import type { QueryRunner } from '../../db/executor.ts';
import type { ExternalEntity } from '../datasetChecker.ts';

/** Looks up in the database the ids a dataset refers to but does not define: the kind of each, and the text of each source. */
export async function lookupExternal(db: QueryRunner, ids: readonly string[]): Promise<Map<string, ExternalEntity>> {
  const found = new Map<string, ExternalEntity>();
  if (ids.length === 0) return found;
  for (const row of await db.read('existingEntities', { ids })) {
    found.set(row.id as string, {
      kind: row.kind as ExternalEntity['kind'],
      ...(typeof row.text === 'string' ? { text: row.text } : {}),
    });
  }
  return found;
}

/** Which of these relationship ids are in the database. */
export async function lookupRelationships(db: QueryRunner, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.read('existingRelationships', { ids })).map((row) => row.id as string));
}
