import type { ApolloServer } from '@apollo/server';
import type { KeyStore } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import type { GraphContext } from '../graph/index.ts';
import type { GraphGazetteer } from '../graph/graphGazetteer.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { RateLimits } from './rateLimit.ts';
import type { RequestLimits } from './requestBounds.ts';
import type { Readiness } from './readiness.ts';

/** What the HTTP layer needs: the started Apollo server, the executor and where the web build is. */
export interface AppOptions {
  readonly apollo: ApolloServer<GraphContext>;
  readonly executor: Executor;
  readonly webRoot: string;
  /** Answers whether the database is reachable, for /readyz. */
  readonly checkDatabase: () => Promise<void>;
  /** Origins allowed to call /graphql from their pages (CORS). */
  readonly corsOrigins?: readonly string[];
  /** Whether /graphiql is served. */
  readonly graphiql?: boolean;
  /** Prometheus metrics served at /metrics and counted per request. */
  readonly metrics?: Metrics;
  /** The API keys callers may present; none configured means nobody can write. */
  readonly keys?: KeyStore;
  /** Whether reading (GraphQL queries, briefings) needs a key. */
  readonly readAccess?: 'open' | 'key';
  /** Whether the database is connected and prepared; without it the app is taken as ready. */
  readonly readiness?: Readiness;
  /** Requests per minute per address and per key; none means no limit. */
  readonly rateLimits?: RateLimits;
  /** A token that opens /metrics (`Authorization: Bearer <token>`); without it /metrics follows `readAccess`. */
  readonly metricsToken?: string;
  /** The graph's names for `analyzeText`, one per process; without it the app keeps its own. */
  readonly gazetteer?: GraphGazetteer;
  /** Deadline and database sessions of one request; the defaults of config.ts when left out. */
  readonly requestLimits?: RequestLimits;
  /** How long /readyz reuses the outcome of its database check, in milliseconds (1,000 when left out). */
  readonly readinessCacheMs?: number;
  /** Where the HTTP layer logs what it does not tell anonymous callers (database failures). */
  readonly logger?: Logger;
}
