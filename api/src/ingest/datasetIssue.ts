/** One precise problem found in a dataset: where it is and what is wrong. */
export interface DatasetIssue {
  readonly file: string;
  /** The line in the file, for JSON Lines datasets (counted from 1). */
  readonly line?: number;
  /** The id of the entity or source, or the `from -TYPE-> to` of a relationship. */
  readonly id?: string;
  /** A path inside the record, e.g. `citations[0].quote`. */
  readonly field?: string;
  readonly message: string;
}

/** What a step that may fail gives: its fields beside `ok: true`, or the issues that stop it. */
export type Result<T extends object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly issues: DatasetIssue[] };

/** Formats an issue as one line: `file: id › field: message`, or `file:line: …` when the line is known. */
export function formatIssue(issue: DatasetIssue): string {
  const where = [issue.id, issue.field].filter(Boolean).join(' › ');
  return `${issue.file}${issue.line === undefined ? '' : `:${issue.line}`}: ${where ? `${where}: ` : ''}${issue.message}`;
}

/** Formats a path of keys and indexes as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The dataset has problems; nothing was written. */
export class DatasetInvalidError extends Error {
  override readonly name = 'DatasetInvalidError';
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    super(`The dataset has ${issues.length} problem(s); nothing was written:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.issues = issues;
  }
}
