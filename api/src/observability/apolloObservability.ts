import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Caller } from '../auth/credentials.ts';
import { AppError, ClientClosedRequest } from '../errors.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { operationLabel, operationLogFields } from './operationLabel.ts';

/** What the plugin reads from a request's context: its id, caller, address, abort signal and round trips. */
export interface ObservedContext {
  readonly requestId?: string;
  readonly caller: Caller;
  readonly remoteAddress?: string;
  readonly signal?: AbortSignal;
  readonly stats: { readonly roundTrips: number };
}

/** The caller of a request as logs name it: the key's name, `anonymous`, or `invalid-key`. */
function callerName(ctx: ObservedContext): string {
  const { caller } = ctx;
  return caller.kind === 'key' ? caller.principal.name : caller.kind === 'anonymous' ? 'anonymous' : 'invalid-key';
}

/**
 * Counts, times and logs every GraphQL operation: name, duration, error codes, round trips,
 * caller and address; never variables. Metric labels come from a fixed set of names
 * (`operationLabel`), and logged names are cut (`operationLogFields`), whatever the client sends.
 * Unexpected errors, which production answers only with "Internal server error.", are logged
 * with their message and stack.
 */
export function observabilityPlugin<C extends ObservedContext>(metrics: Metrics, logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName, contextValue: ctx }) {
          // Work stopped because the client went away is not a fault of the server.
          if (ctx.signal?.aborted) return;
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions?.code;
            if (original instanceof AppError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) continue;
            const cause = original instanceof Error ? original : new Error(String(original));
            logger.error('unexpected error', {
              requestId: ctx.requestId,
              ...operationLogFields(operationName),
              // Aliases in the path are the client's: cut, like operation names.
              path: error.path?.join('.').slice(0, 200),
              error: `${cause.name}: ${cause.message}`.slice(0, 2_000),
              stack: cause.stack
                ?.split('\n')
                .slice(1, 8)
                .map((l) => l.trim()),
            });
          }
        },
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationLabel(operationName);
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          // A request whose client went away is cancelled, not failed: nobody reads its answer.
          const gone = ctx.signal?.aborted === true && ctx.signal.reason instanceof ClientClosedRequest;
          const cancelled = codes.length > 0 && (gone || codes.every((c) => c === 'CLIENT_CLOSED_REQUEST'));
          metrics.operations.inc({ operation, outcome: cancelled ? 'cancelled' : codes.length ? 'error' : 'ok' });
          metrics.operationSeconds.observe({ operation }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          logger.info('graphql', {
            requestId: ctx.requestId ?? contextValue.requestId,
            ...operationLogFields(operationName),
            caller: callerName(ctx),
            remoteAddress: ctx.remoteAddress,
            durationMs: Math.round(seconds * 1000),
            roundTrips: ctx.stats?.roundTrips,
            errors: codes.length ? codes : undefined,
          });
        },
      };
    },
  };
}
