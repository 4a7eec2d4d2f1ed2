import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the repository lives: the root of `data/`, `cypher/`, `neo4j/` and `dist/`. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How to reach Neo4j: an existing server, or the local one started from `neo4j/`. */
export type Neo4jTarget =
  | { readonly mode: 'external'; readonly uri: string }
  | { readonly mode: 'local'; readonly boltPort: number; readonly dataDir: string; readonly heap: string };

/** The whole configuration, read once from the environment. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly neo4j: {
    readonly target: Neo4jTarget;
    readonly user: string;
    readonly password: string;
    readonly database: string | undefined;
    /** Server-side limit for one GraphQL read, in milliseconds. */
    readonly queryTimeoutMs: number;
    /** When Neo4j cannot be reached at start: keep serving (not ready) and retry, or exit. */
    readonly waitAtStart: boolean;
  };
  /** The dataset loaded into an empty database at start. */
  readonly seedPath: string;
  /** Datasets loaded after the seed into an empty database (`ATLAS_DATA`, comma-separated; empty for none). */
  readonly atlasPaths: readonly string[];
  /** Origins whose pages may call the API (CORS allow-list); none by default. */
  readonly corsOrigins: readonly string[];
  /** Whether the schema can be introspected: INTROSPECTION, else on outside production and off in it. */
  readonly introspection: boolean;
  /** Whether /graphiql is served: GRAPHIQL, else on outside production and off in it. */
  readonly graphiql: boolean;
  /** Requests per minute per client address and per API key (0: no limit). */
  readonly rateLimits: { readonly addressPerMinute: number; readonly keyPerMinute: number };
  /** A token that opens /metrics; without it /metrics follows READ_ACCESS. */
  readonly metricsToken: string | undefined;
  /** What one GraphQL request may take: its estimated cost, its time and its database sessions. */
  readonly requests: {
    /** The highest estimated cost of one operation (see graph/documentCost.ts). */
    readonly costBudget: number;
    /** Time from the start of a request's work until it is stopped, database transactions included, in milliseconds. */
    readonly deadlineMs: number;
    /** Database sessions (transactions) one request may hold at once; the others wait within the request. */
    readonly sessionsPerRequest: number;
  };
  /** Limits of the HTTP server's connections, in milliseconds and connections. */
  readonly http: {
    /** Time to receive a request's headers. */
    readonly headersTimeoutMs: number;
    /** Time to receive a whole request (headers and body). */
    readonly requestTimeoutMs: number;
    /** How long an idle keep-alive connection stays open. */
    readonly keepAliveTimeoutMs: number;
    /** Connections open at once; more are refused. */
    readonly maxConnections: number;
  };
  /** Whether reading needs an API key (`key`) or is open to all (`open`, the default). */
  readonly readAccess: 'open' | 'key';
  /** API keys: inline lines from API_KEYS, and the keys file (lines `name:role:sha256`). */
  readonly apiKeys: { readonly inline: string; readonly file: string };
  /** How long SIGTERM waits for requests in flight before closing their connections, in milliseconds. */
  readonly shutdownGraceMs: number;
  /** The built viewer, served at `/`. */
  readonly webRoot: string;
  /** Headless Chromium for PDF briefings: CHROMIUM_PATH, else Debian's package. */
  readonly chromiumPath: string;
}

/** The password the local Neo4j gets when NEO4J_PASSWORD is not set: published, so never for production. */
export const LOCAL_DEFAULT_PASSWORD = 'local-neo4j-password';

/** A configuration value that cannot be used, with the variable that holds it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function readAccessFrom(env: NodeJS.ProcessEnv): 'open' | 'key' {
  const raw = (env.READ_ACCESS ?? 'open').trim().toLowerCase();
  if (raw !== 'open' && raw !== 'key') throw new ConfigError(`READ_ACCESS must be open or key, got "${env.READ_ACCESS}"`);
  return raw;
}

/** Parses the environment into a frozen configuration; defaults match docker-compose.yml. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s://, got "${uri}"`);
  }
  const target: Neo4jTarget = uri
    ? { mode: 'external', uri }
    : {
        mode: 'local',
        boltPort: intFrom(env, 'LOCAL_NEO4J_BOLT_PORT', 7687, 1, 65535),
        dataDir: path.resolve(REPO_ROOT, env.LOCAL_NEO4J_DATA_DIR ?? '.data/neo4j'),
        heap: env.LOCAL_NEO4J_HEAP ?? '1g',
      };
  const password = env.NEO4J_PASSWORD ?? (uri ? '' : LOCAL_DEFAULT_PASSWORD);
  if (target.mode === 'local' && password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD for the local Neo4j must have at least 8 characters');
  }
  const production = env.NODE_ENV === 'production';
  if (production && password === LOCAL_DEFAULT_PASSWORD) {
    throw new ConfigError(
      `NEO4J_PASSWORD is the published default "${LOCAL_DEFAULT_PASSWORD}"; with NODE_ENV=production set a password of your own ` +
        '(for example `openssl rand -base64 24`)',
    );
  }
  return Object.freeze({
    port: intFrom(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    production,
    neo4j: Object.freeze({
      target: Object.freeze(target),
      user: env.NEO4J_USER ?? 'neo4j',
      password,
      database: env.NEO4J_DATABASE || undefined,
      queryTimeoutMs: intFrom(env, 'QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
      waitAtStart: boolFrom(env, 'NEO4J_WAIT', true),
    }),
    seedPath: path.resolve(REPO_ROOT, env.SEED_DATA ?? 'data/seed'),
    atlasPaths: Object.freeze(
      (env.ATLAS_DATA ?? 'data/atlas')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => path.resolve(REPO_ROOT, p)),
    ),
    corsOrigins: Object.freeze(
      (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
    // Apollo Server's own default: a production server does not describe its schema unless asked to.
    introspection: boolFrom(env, 'INTROSPECTION', !production),
    graphiql: boolFrom(env, 'GRAPHIQL', !production),
    rateLimits: Object.freeze({
      // About 10 requests a second, sustained, from one address: far above what the viewer sends.
      addressPerMinute: intFrom(env, 'RATE_LIMIT_ADDRESS_PER_MINUTE', 600, 0, 10_000_000),
      keyPerMinute: intFrom(env, 'RATE_LIMIT_KEY_PER_MINUTE', 3_000, 0, 10_000_000),
    }),
    metricsToken: env.METRICS_TOKEN?.trim() || undefined,
    requests: Object.freeze({
      // About twice the viewer's heaviest operation (its opening network, 1.03 million); 30 aliased depth-3 neighbourhoods cost 7.5 million.
      costBudget: intFrom(env, 'QUERY_COST_BUDGET', 2_500_000, 1, Number.MAX_SAFE_INTEGER),
      deadlineMs: intFrom(env, 'REQUEST_DEADLINE_MS', 10_000, 10, 600_000),
      // Two: a request of several root fields still overlaps its round trips, and ten requests hold a fifth of the pool (50).
      sessionsPerRequest: intFrom(env, 'SESSIONS_PER_REQUEST', 2, 1, 50),
    }),
    http: Object.freeze({
      headersTimeoutMs: intFrom(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 1_000, 600_000),
      requestTimeoutMs: intFrom(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1_000, 3_600_000),
      keepAliveTimeoutMs: intFrom(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 0, 600_000),
      maxConnections: intFrom(env, 'HTTP_MAX_CONNECTIONS', 1_000, 1, 1_000_000),
    }),
    readAccess: readAccessFrom(env),
    apiKeys: Object.freeze({ inline: env.API_KEYS ?? '', file: path.resolve(REPO_ROOT, env.API_KEYS_FILE ?? '.data/api-keys') }),
    shutdownGraceMs: intFrom(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    webRoot: path.resolve(REPO_ROOT, 'dist'),
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
}
