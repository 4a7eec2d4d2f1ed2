import type { AuditEvent } from '../domain/auditEvent.ts';

/** What an import wrote. */
export interface ImportSummary {
  readonly nodes: number;
  readonly relationships: number;
  /** The audit event recorded, when the import was audited. */
  readonly audit?: AuditEvent;
}

/** Options of an import. */
export interface ImportOptions {
  readonly batchSize?: number;
  /** Progress lines go here when the input is large. */
  readonly log?: (line: string) => void;
  /**
   * Records the import as a change made by someone (an import over HTTP), in the same
   * transaction; the dataset version then stays, and the edit count goes up.
   */
  readonly audit?: AuditEvent;
}

/** Imports smaller than this many rows report no progress. */
const PROGRESS_THRESHOLD = 5_000;

/** Reports `done / total rows (n%)` after each batch of a large import; silent for small ones. */
export function progressReporter(total: number, options: ImportOptions): (done: number) => void {
  const log = total >= PROGRESS_THRESHOLD ? (options.log ?? (() => {})) : () => {};
  return (done) => log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${Math.round((100 * done) / total)}%)`);
}
