import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../graph/context.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/** Counts, times and logs every GraphQL operation: name, duration, error codes, round trips; never variables. */
export function observabilityPlugin(metrics: Metrics, logger: Logger): ApolloServerPlugin<GraphContext> {
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
