import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInput, DatabaseUnavailable, Forbidden, QueryTooCostly } from '../errors.ts';
import { formatError } from './apolloServer.ts';

/** An error as Apollo hands it to formatError: wrapped in a GraphQLError at a path. */
function wrapped(original: Error): [GraphQLError, ReturnType<GraphQLError['toJSON']>] {
  const error = new GraphQLError(original.message, { path: ['entity'], originalError: original });
  return [error, { ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } }];
}

describe('formatError', () => {
  const internal = new Error('Neo.DatabaseError.General: bolt://admin:hunter2@db.internal failed');

  it('in production, turns unexpected errors into a bare INTERNAL_SERVER_ERROR: no message, no stack', () => {
    const [error, formatted] = wrapped(internal);
    const out = formatError(true)(formatted, error);
    expect(out).toEqual({ message: 'Internal server error.', path: ['entity'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toMatch(/hunter2|stacktrace|secret\.ts/);
  });

  it('outside production, keeps the message (never the stack) for the developer', () => {
    const [error, formatted] = wrapped(internal);
    const out = formatError(false)(formatted, error);
    expect(out.message).toContain('Neo.DatabaseError.General');
    expect(JSON.stringify(out)).not.toContain('stacktrace');
  });

  it("keeps the API's own errors and their code, without the HTTP status hint", () => {
    const [error, formatted] = wrapped(new Forbidden('Not for you.'));
    expect(formatError(true)(formatted, error)).toMatchObject({ message: 'Not for you.', extensions: { code: 'FORBIDDEN' } });
    expect(formatError(true)(formatted, error).extensions).not.toHaveProperty('http');
    const [bad, badFormatted] = wrapped(new BadUserInput('`first` is too big.', 'first'));
    expect(formatError(true)(badFormatted, bad).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('keeps them too when thrown outside a resolver, where Apollo wraps them without a path', () => {
    // As Apollo's ensureGraphQLError wraps an error from a plugin or from the context function.
    const costly = new QueryTooCostly(12_000, 10_000);
    const fromPlugin = new GraphQLError(costly.message, { originalError: costly });
    expect(fromPlugin.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', http: { status: 400 } });
    expect(formatError(true)(fromPlugin.toJSON(), fromPlugin)).toEqual({
      message: costly.message,
      extensions: { code: 'QUERY_TOO_COSTLY', cost: 12_000, budget: 10_000 },
    });
    const notReady = new DatabaseUnavailable('The database is not ready yet; try again shortly.', 503);
    const fromContext = new GraphQLError(`Context creation failed: ${notReady.message}`, { originalError: notReady });
    expect(formatError(true)(fromContext.toJSON(), fromContext)).toEqual({
      message: 'The database is not ready yet; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
