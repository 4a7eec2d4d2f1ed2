import type { Tx } from '../../db/executor.ts';
import type { DatasetIssue } from '../datasetIssue.ts';

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Checks, inside a write transaction after its writes, every stored citation of the given
 * sources (on any entity or relationship, or only on `owners` when given) against the sources'
 * text as it now is; returns one issue per quote that no longer stands verbatim in its source.
 * The caller throws, so the transaction rolls back and nothing is written.
 */
export async function brokenCitations(tx: Tx, sources: Iterable<string>, owners?: readonly string[]): Promise<DatasetIssue[]> {
  const ids = [...new Set(sources)].sort();
  if (ids.length === 0) return [];
  const rows = await tx.run('brokenCitations', { sources: ids, owners: owners ? [...owners] : null });
  return rows.map((row) => ({
    file: '(database)',
    id: row.owner,
    field: 'citations',
    message: `the quote "${shorten(row.quote)}" would no longer stand verbatim in ${row.source}`,
  }));
}
