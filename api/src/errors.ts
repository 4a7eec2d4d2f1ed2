/** The codes every error of the API carries in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Timeout: 'TIMEOUT',
  ClientClosedRequest: 'CLIENT_CLOSED_REQUEST',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
  TransactionTooLarge: 'TRANSACTION_TOO_LARGE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
/** One of those codes. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Base of the API's own errors: a message that names the fix, and a code. It is a plain `Error`,
 * so that the command line and the import load no GraphQL: graphql-js and Apollo Server carry an
 * error's `extensions` over when they wrap it in a `GraphQLError` (and Apollo sets the HTTP status
 * from `extensions.http`); `formatError` (graph/apolloServer.ts) then answers with its code.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly extensions: Readonly<Record<string, unknown>>;
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.extensions = { ...extensions, code };
  }
}

/** An argument the caller can fix. */
export class BadUserInput extends AppError {
  constructor(message: string, argument?: string) {
    super(message, ErrorCode.BadUserInput, argument ? { argument } : {});
  }
}

/** One problem of submitted data: the record's id, the field and what is wrong. */
export interface InputIssue {
  readonly id?: string;
  readonly field?: string;
  readonly message: string;
}

/** Submitted data that fails validation; every problem is listed in `extensions.issues`. */
export class InvalidInput extends AppError {
  constructor(what: string, issues: readonly InputIssue[]) {
    const shown = issues.slice(0, 5).map((i) => [i.id, i.field].filter(Boolean).join(' › ') + (i.id || i.field ? ': ' : '') + i.message);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`${what} is not valid; nothing was written. ${shown.join('; ')}${more}`, ErrorCode.BadUserInput, {
      issues: issues.map((i) => ({ ...(i.id ? { id: i.id } : {}), ...(i.field ? { field: i.field } : {}), message: i.message })),
    });
  }
}

/** Something asked for by id that does not exist, where null is not an answer. */
export class NotFound extends AppError {
  constructor(message: string) {
    super(message, ErrorCode.NotFound);
  }
}

/** The caller is not identified. */
export class Unauthenticated extends AppError {
  constructor(message = 'This operation needs an API key.') {
    super(message, ErrorCode.Unauthenticated, { http: { status: 401 } });
  }
}

/** The caller is identified but may not do this. */
export class Forbidden extends AppError {
  constructor(message = 'This API key may not do that.') {
    super(message, ErrorCode.Forbidden, { http: { status: 403 } });
  }
}

/** Neo4j cannot be reached or refused us. */
export class DatabaseUnavailable extends AppError {
  /** `httpStatus` is for refusals before any work (the server is not ready); errors during execution keep 200. */
  constructor(message = 'The database is not reachable right now; try again shortly.', httpStatus?: number) {
    super(message, ErrorCode.ServiceUnavailable, httpStatus ? { http: { status: httpStatus } } : {});
  }
}

/** A query ran past its time limit. */
export class QueryTimeout extends AppError {
  constructor(message = 'The query took too long and was stopped; narrow it (smaller depth, limit or first).') {
    super(message, ErrorCode.Timeout);
  }
}

/** A request ran past its deadline: its database work was stopped. */
export class DeadlineExceeded extends AppError {
  constructor(deadlineMs: number) {
    super(
      `The request ran past its deadline of ${deadlineMs.toLocaleString('en')} ms (REQUEST_DEADLINE_MS) and its database work was ` +
        'stopped; ask for less (a smaller depth, limit or first, fewer aliased root fields) or split it into several requests.',
      ErrorCode.Timeout,
      { deadlineMs },
    );
  }
}

/**
 * The client went away before the answer was ready: its database work was stopped. Nobody reads
 * this answer; the code lets logs and metrics tell a cancelled request from a failed one.
 */
export class ClientClosedRequest extends AppError {
  constructor() {
    super('The client closed the connection before the answer was ready; its database work was stopped.', ErrorCode.ClientClosedRequest);
  }
}

/** An operation whose estimated cost is over the budget of one request; refused before anything runs. */
export class QueryTooCostly extends AppError {
  constructor(cost: number, budget: number) {
    super(
      `This operation's estimated cost is ${cost.toLocaleString('en')}, over the budget of ${budget.toLocaleString('en')} per request ` +
        '(QUERY_COST_BUDGET). Ask for less: fewer aliased root fields (each neighborhood, paths, search, list, briefing, analyzeText ' +
        'or auditLog counts in full), a smaller depth, limit or first, fewer nested lists; or split it into several requests.',
      ErrorCode.QueryTooCostly,
      { cost, budget, http: { status: 400 } },
    );
  }
}

/** A transaction needed more memory than the database allows one: it was stopped, and nothing was written. */
export class TransactionTooLarge extends AppError {
  constructor(
    message = 'This needed more memory than Neo4j allows one transaction, so it was stopped and nothing was written. For an ' +
      'import, give Neo4j more memory (LOCAL_NEO4J_HEAP=8g for the local database holds about a million elements; on another ' +
      'server, server.memory.heap.max_size and dbms.memory.transaction.total.max) or import the dataset in parts; for a ' +
      'query, ask for less (a smaller limit or depth).',
  ) {
    super(message, ErrorCode.TransactionTooLarge);
  }
}

/** Marks a state the code believes impossible; a failure here is a bug, never a user error. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}

/** For the `default` branch of an exhaustive switch. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
