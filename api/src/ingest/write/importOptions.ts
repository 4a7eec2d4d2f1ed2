import type { AuditEvent } from '../../domain/auditEvent.ts';

/** What an import wrote. */
export interface ImportSummary {
  readonly nodes: number;
  readonly relationships: number;
  /** Merge decisions and disputes written, when there were any. */
  readonly decisions?: number;
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

/**
 * A count with commas between groups of three digits (`12,345`). `toLocaleString('en')` gives the
 * same, but its first call loads the locale's number formats: about 25 ms, once per import.
 */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Reports `done / total rows (n%)` after each batch of a large import; silent for small ones.
 * `total` may be a function, when the count is known only once a check running beside the
 * writes is done: until then the lines say `done rows`.
 */
export function progressReporter(total: number | (() => number | undefined), options: ImportOptions): (done: number) => void {
  const totalNow = typeof total === 'number' ? () => total : total;
  const log = options.log ?? (() => {});
  return (done) => {
    const all = totalNow();
    if ((all ?? done) < PROGRESS_THRESHOLD) return;
    log(
      all === undefined
        ? `  ${groupDigits(done)} rows`
        : `  ${groupDigits(done)} / ${groupDigits(all)} rows (${Math.round((100 * done) / all)}%)`,
    );
  };
}
