import type { Tx } from '../../db/executor.ts';

/**
 * Locks the sources a write cites, inside its transaction, and returns those that are no
 * longer there: validation ran before the transaction, so a source removed meanwhile is only
 * seen here, and the lock keeps a removal from committing until this write is done.
 */
export async function lockCitedSources(tx: Tx, ids: Iterable<string>): Promise<string[]> {
  const wanted = [...new Set(ids)].sort();
  if (wanted.length === 0) return [];
  await tx.run('lockSources', { ids: wanted });
  const rows = await tx.run('existingEntities', { ids: wanted });
  const present = new Set(rows.filter((r) => r.kind === 'SOURCE').map((r) => String(r.id)));
  return wanted.filter((id) => !present.has(id));
}
