import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInput, ClientClosedRequest } from '../errors.ts';
import type { GraphContext } from '../graph/context.ts';
import { observabilityPlugin } from './apolloObservability.ts';
import { createJsonLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';

/** An error of ours as Apollo hands it to plugins: wrapped in a GraphQLError at the resolver's path. */
const located = (error: Error) => new GraphQLError(error.message, { path: ['search'], originalError: error });

/** Runs the plugin's hooks for one request that ends with `errors`; resolves with the log lines. */
async function logsOf(errors: GraphQLError[], ctx: Partial<GraphContext>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const plugin = observabilityPlugin(
    createMetrics(),
    createJsonLogger((l) => lines.push(l)),
  );
  const contextValue = { stats: { roundTrips: 0 }, caller: { kind: 'anonymous' }, requestId: 'r-1', ...ctx } as GraphContext;
  const listener = await plugin.requestDidStart?.({ contextValue } as never);
  await listener?.didEncounterErrors?.({ errors, operationName: 'Search', contextValue } as never);
  await listener?.willSendResponse?.({ errors, operationName: 'Search', contextValue } as never);
  return lines.map((l) => JSON.parse(l));
}

describe('observabilityPlugin', () => {
  it('logs the error behind "Internal server error." with its message and stack', async () => {
    const internal = new GraphQLError('Unexpected error.', { originalError: new Error('Neo.DatabaseError: boom'), path: ['search'] });
    const [error, summary] = await logsOf([internal], { remoteAddress: '203.0.113.9' });
    expect(error).toMatchObject({ level: 'error', msg: 'unexpected error', requestId: 'r-1', operation: 'Search', path: 'search' });
    expect(error?.error).toBe('Error: Neo.DatabaseError: boom');
    expect(error?.stack).toEqual(expect.arrayContaining([expect.stringMatching(/^at /)]));
    expect(summary).toMatchObject({
      level: 'info',
      msg: 'graphql',
      caller: 'anonymous',
      remoteAddress: '203.0.113.9',
      errors: ['INTERNAL_SERVER_ERROR'],
    });
  });

  it('does not log errors the client caused, or work stopped because the client went away', async () => {
    expect((await logsOf([located(new BadUserInput('`text` must not be empty'))], {})).map((l) => l.msg)).toEqual(['graphql']);
    const validation = new GraphQLError('Cannot query field', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect((await logsOf([validation], {})).map((l) => l.msg)).toEqual(['graphql']);
    const gone = AbortSignal.abort();
    const internal = new GraphQLError('x', { originalError: new Error('session closed') });
    expect((await logsOf([internal], { signal: gone })).map((l) => l.msg)).toEqual(['graphql']);
  });

  it('cuts a client-chosen path (aliases) in the error log to 200 characters', async () => {
    const alias = 'a'.repeat(1_000);
    const [error] = await logsOf([new GraphQLError('x', { originalError: new Error('boom'), path: [alias, 0, 'id'] })], {});
    expect(error?.path).toBe('a'.repeat(200));
  });

  it('names the caller by key name, or invalid-key', async () => {
    const key = await logsOf([], { caller: { kind: 'key', principal: { name: 'alice', role: 'editor' } } });
    expect(key[0]?.caller).toBe('alice');
    const invalid = await logsOf([], { caller: { kind: 'invalid', reason: 'x' } });
    expect(invalid[0]?.caller).toBe('invalid-key');
  });

  it('counts a request whose client went away as cancelled, not as an error', async () => {
    const metrics = createMetrics();
    const plugin = observabilityPlugin(
      metrics,
      createJsonLogger(() => {}),
    );
    const run = async (errors: GraphQLError[], signal?: AbortSignal) => {
      const contextValue = {
        stats: { roundTrips: 0 },
        caller: { kind: 'anonymous' },
        requestId: 'r',
        ...(signal ? { signal } : {}),
      } as GraphContext;
      const listener = await plugin.requestDidStart?.({ contextValue } as never);
      await listener?.willSendResponse?.({ errors, operationName: 'Search', contextValue } as never);
    };
    const controller = new AbortController();
    controller.abort(new ClientClosedRequest());
    await run([located(new ClientClosedRequest())]);
    await run([new GraphQLError('x', { originalError: new Error('session closed') })], controller.signal);
    await run([located(new BadUserInput('bad'))]);
    await run([]);
    const counts = Object.fromEntries((await metrics.operations.get()).values.map((v) => [String(v.labels.outcome), v.value]));
    expect(counts).toEqual({ cancelled: 2, error: 1, ok: 1 });
  });
});
