/** What an import wrote. */
export interface ImportSummary {
  readonly nodes: number;
  readonly relationships: number;
}

/** Options of an import. */
export interface ImportOptions {
  readonly batchSize?: number;
  /** Progress lines go here when the input is large. */
  readonly log?: (line: string) => void;
}

/** Imports smaller than this many rows report no progress. */
const PROGRESS_THRESHOLD = 5_000;

/** Reports `done / total rows (n%)` after each batch of a large import; silent for small ones. */
export function progressReporter(total: number, options: ImportOptions): (done: number) => void {
  const log = total >= PROGRESS_THRESHOLD ? (options.log ?? (() => {})) : () => {};
  return (done) => log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows (${Math.round((100 * done) / total)}%)`);
}
