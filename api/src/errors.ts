import { GraphQLError } from 'graphql';

/** The codes every error of the API carries in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Timeout = 'TIMEOUT',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** Base of the API's own errors: a GraphQL error with a code. */
export class AppError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** An argument the caller can fix. */
export class BadUserInput extends AppError {
  constructor(message: string, argument?: string) {
    super(message, ErrorCode.BadUserInput, argument ? { argument } : {});
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
    super(message, ErrorCode.Unauthenticated);
  }
}

/** The caller is identified but may not do this. */
export class Forbidden extends AppError {
  constructor(message = 'This API key may not do that.') {
    super(message, ErrorCode.Forbidden);
  }
}

/** Neo4j cannot be reached or refused us. */
export class DatabaseUnavailable extends AppError {
  constructor(message = 'The database is not reachable right now; try again shortly.') {
    super(message, ErrorCode.ServiceUnavailable);
  }
}

/** A query ran past its time limit. */
export class QueryTimeout extends AppError {
  constructor(message = 'The query took too long and was stopped; narrow it (smaller depth, limit or first).') {
    super(message, ErrorCode.Timeout);
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
