import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/** What the plugin reads from a request's context: its id and the round trips it made. */
export interface ObservedContext {
  readonly requestId?: string;
  readonly stats: { readonly roundTrips: number };
}

/** Counts, times and logs every GraphQL operation: name, duration, error codes, round trips; never variables. */
export function observabilityPlugin<C extends ObservedContext>(metrics: Metrics, logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationName ?? 'anonymous';
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          metrics.operations.inc({ operation, outcome: codes.length ? 'error' : 'ok' });
          metrics.operationSeconds.observe({ operation }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          logger.info('graphql', {
            requestId: ctx.requestId ?? contextValue.requestId,
            operation,
            durationMs: Math.round(seconds * 1000),
            roundTrips: ctx.stats.roundTrips,
            errors: codes.length ? codes : undefined,
          });
        },
      };
    },
  };
}
