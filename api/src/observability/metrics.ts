import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The Prometheus metrics of one API process. */
export interface Metrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly operations: Counter<'operation' | 'outcome'>;
  readonly operationSeconds: Histogram<'operation'>;
  readonly errors: Counter<'code'>;
  readonly queries: Counter<'query' | 'outcome'>;
  readonly querySeconds: Histogram<'query'>;
  readonly sessionsOpen: Gauge;
  /** Reports the driver's pool on every scrape. */
  observePool(read: () => { inUse: number; idle: number; max: number } | null): void;
}

/** Creates a registry with the API's metrics and Node's default process metrics. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  let readPool: () => { inUse: number; idle: number; max: number } | null = () => null;
  new Gauge({
    name: 'neo4j_pool_connections',
    help: 'Connections of the Neo4j driver pool by state (in_use, idle) and its maximum (max).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = readPool();
      if (!stats) return;
      this.set({ state: 'in_use' }, stats.inUse);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'max' }, stats.max);
    },
  });
  return {
    observePool(read) {
      readPool = read;
    },
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    operations: new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations by name and outcome (ok, error, or cancelled: the client went away first).',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    operationSeconds: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operation latency by name.',
      labelNames: ['operation'],
      buckets,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors by extensions.code.',
      labelNames: ['code'],
      registers: [registry],
    }),
    queries: new Counter({
      name: 'neo4j_queries_total',
      help: 'Cypher queries by name and outcome.',
      labelNames: ['query', 'outcome'],
      registers: [registry],
    }),
    querySeconds: new Histogram({
      name: 'neo4j_query_duration_seconds',
      help: 'Cypher query latency by name.',
      labelNames: ['query'],
      buckets,
      registers: [registry],
    }),
    sessionsOpen: new Gauge({
      name: 'neo4j_sessions_open',
      help: 'Neo4j sessions open now (pool connections in use).',
      registers: [registry],
    }),
  };
}
