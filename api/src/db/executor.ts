import neo4j, { type Driver, isRetryableError, Neo4jError, type ManagedTransaction, type Session } from 'neo4j-driver';
import { DatabaseUnavailable, QueryTimeout, TransactionTooLarge } from '../errors.ts';
import { toPlain } from './plainValues.ts';
import { MAX_POOL_SIZE } from './driver.ts';
import type { QueryName, QueryRegistry } from './queryRegistry.ts';
import type { RowOf } from './queryRows.ts';
import { SessionGate } from './sessionGate.ts';
import { withoutStackCapture } from './withoutStackCapture.ts';

/** Runs statements: an open transaction, or a session running each in its own auto-commit transaction. */
type StatementRunner = Pick<ManagedTransaction, 'run'>;

/** How a session runs its work: one read or write transaction, or one read statement auto-committed. */
type SessionMode = 'READ' | 'WRITE' | 'READ_STATEMENT';

/** Attempts of a single read statement that fails with an error Neo4j calls transient (as the driver's managed transactions retry). */
const READ_STATEMENT_ATTEMPTS = 3;

/** How long after a request's deadline Neo4j's own time limit ends its transaction, should this process not have. */
const DEADLINE_GRACE_MS = 250;

/** The parameters of a query, by name (`$name` in the Cypher). */
export type Params = Record<string, unknown>;

/** The compiled reads (`api/src/model/compileRead.ts`), named after their root fragment. */
export type ReadName = 'readEntity' | 'readSearch' | 'readList' | 'readNeighborhood';

/** One Cypher statement that answers one root field of a request, with its parameters. */
export interface CompiledRead {
  readonly name: ReadName;
  readonly text: string;
  readonly params: Params;
}

/** Counts the Cypher round trips made on behalf of one request. */
export interface QueryStats {
  roundTrips: number;
}

/** Runs named queries inside one open transaction, read or write. */
export interface Tx {
  run<N extends QueryName>(name: N, params: Params): Promise<RowOf<N>[]>;
}

/** The state of the driver's connection pool. */
export interface PoolStats {
  readonly inUse: number;
  readonly idle: number;
  readonly max: number;
}

/** Hears about every query and session, for metrics; must not throw. */
export interface ExecutorObserver {
  query(name: QueryName | ReadName, seconds: number, ok: boolean): void;
  sessionOpened(): void;
  sessionClosed(): void;
}

/** What the rest of the API may do with the database: run named queries. */
export interface QueryRunner {
  read<N extends QueryName>(name: N, params?: Params): Promise<RowOf<N>[]>;
  write<N extends QueryName>(name: N, params?: Params): Promise<RowOf<N>[]>;
}

/** How the executor runs: its database, time limit per transaction, and, for one request, what bounds it. */
export interface ExecutorOptions {
  readonly database: string | undefined;
  /** Time limit of one transaction, in milliseconds, unless the caller gives one. */
  readonly timeoutMs: number;
  readonly observer?: ExecutorObserver;
  /** Aborted when the request must stop (client gone, deadline passed); its reason is the error. */
  readonly signal?: AbortSignal;
  /** When the request's work must end (`Date.now()` time): no transaction may run past it. */
  readonly deadlineAt?: number;
  /** What a request that ran past its deadline fails with, when Neo4j's time limit ends it first. */
  readonly deadlineError?: () => Error;
  /** The request's share of the pool: sessions it may hold at once. */
  readonly gate?: SessionGate;
}

/** What bounds the database work of one request. */
export interface RequestBounds {
  /** Aborted when the client goes away or the deadline passes. */
  readonly signal: AbortSignal;
  /** When the request's work must end (`Date.now()` time). */
  readonly deadlineAt?: number;
  /** The error of a request past its deadline (the signal's reason then), made when needed. */
  readonly deadlineError?: () => Error;
  /** Sessions the request may hold at once. */
  readonly maxSessions?: number;
}

/** The one place that talks to the Neo4j driver: sessions, transactions, value and error mapping. */
export class Executor implements QueryRunner {
  private readonly driver: Driver;
  private readonly queries: QueryRegistry;
  private readonly options: ExecutorOptions;
  private readonly stats: QueryStats | undefined;

  constructor(driver: Driver, queries: QueryRegistry, options: ExecutorOptions, stats?: QueryStats) {
    this.driver = driver;
    this.queries = queries;
    this.options = options;
    this.stats = stats;
  }

  /** A runner that counts its round trips into `stats`, for one request. */
  withStats(stats: QueryStats): Executor {
    return new Executor(this.driver, this.queries, this.options, stats);
  }

  /**
   * A runner for one request that stops when `signal` aborts (the client went away): no new
   * transaction starts, and the session of one under way is closed, which makes Neo4j stop it.
   */
  withSignal(signal: AbortSignal): Executor {
    return new Executor(this.driver, this.queries, { ...this.options, signal }, this.stats);
  }

  /**
   * A runner for one request: it stops when `bounds.signal` aborts (as `withSignal`), gives no
   * transaction a time limit past the deadline (so Neo4j ends it too if this process is slow to),
   * and holds at most `maxSessions` sessions at once, the rest waiting their turn.
   */
  forRequest(bounds: RequestBounds): Executor {
    return new Executor(
      this.driver,
      this.queries,
      {
        ...this.options,
        signal: bounds.signal,
        ...(bounds.deadlineAt === undefined ? {} : { deadlineAt: bounds.deadlineAt }),
        ...(bounds.deadlineError === undefined ? {} : { deadlineError: bounds.deadlineError }),
        ...(bounds.maxSessions === undefined ? {} : { gate: new SessionGate(bounds.maxSessions) }),
      },
      this.stats,
    );
  }

  /**
   * Runs a named query as one read statement (routed to a reader in a cluster). A single
   * statement needs no explicit transaction: it runs auto-committed, one round trip instead of a
   * transaction's begin, run and commit, which measured twice the statements per second on the
   * same connection pool. Transient failures are retried, as a managed transaction would.
   */
  read<N extends QueryName>(name: N, params: Params = {}): Promise<RowOf<N>[]> {
    return this.session('READ_STATEMENT', (tx) => this.runIn(tx, name, params));
  }

  /** Runs a compiled read (one request's root field as one statement) as one read statement, as `read`. */
  readCompiled(read: CompiledRead): Promise<Record<string, unknown>[]> {
    // A compiled read returns maps of stored properties (strings, numbers, booleans and lists of
    // them) that the driver already gives as plain values: nothing to convert.
    return this.session('READ_STATEMENT', (tx) => this.runText(tx, read.name, read.text, read.params, false));
  }

  /** Runs a named query in a write transaction. */
  write<N extends QueryName>(name: N, params: Params = {}): Promise<RowOf<N>[]> {
    return this.session('WRITE', (tx) => this.runIn(tx, name, params));
  }

  /** Runs several named queries in one write transaction: all of them land, or none. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.session('WRITE', (tx) => work({ run: (name, params) => this.runIn(tx, name, params) }), timeoutMs);
  }

  /** Runs several named queries in one read transaction, so that they see one consistent state. */
  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', (tx) => work({ run: (name, params) => this.runIn(tx, name, params) }));
  }

  /**
   * Connections of the driver's pool: in use, idle, and the maximum. The driver has no public
   * API for this, so its internals are read defensively; null when they are not found.
   */
  poolStats(): PoolStats | null {
    type Pool = { _activeResourceCounts?: Record<string, number>; _pools?: Record<string, { length?: number }>; _maxSize?: number };
    const pool = (this.driver as unknown as { _connectionProvider?: { _connectionPool?: Pool } | null })._connectionProvider
      ?._connectionPool;
    if (!pool?._activeResourceCounts || !pool._pools) return { inUse: 0, idle: 0, max: MAX_POOL_SIZE };
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      inUse: sum(Object.values(pool._activeResourceCounts)),
      idle: sum(Object.values(pool._pools).map((p) => p.length ?? 0)),
      max: pool._maxSize ?? MAX_POOL_SIZE,
    };
  }

  /**
   * Runs a schema statement (constraints, indexes) in its own auto-commit transaction; `timeoutMs`
   * overrides the server's default time limit (a long statement such as `CALL … IN TRANSACTIONS` needs it).
   */
  async runSchema(statement: string, timeoutMs?: number): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(statement, {}, timeoutMs === undefined ? {} : { timeout: timeoutMs });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async session<T>(mode: SessionMode, work: (tx: StatementRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    const { signal, gate, deadlineAt } = this.options;
    signal?.throwIfAborted();
    const release = gate ? await gate.acquire(signal) : () => {};
    try {
      let timeout = timeoutMs ?? this.options.timeoutMs;
      // The transaction may not outlive the request: at the deadline the signal ends it, and Neo4j's own
      // limit, a moment later, ends it even if this process cannot.
      if (deadlineAt !== undefined) timeout = Math.max(1, Math.min(timeout, Math.ceil(deadlineAt - Date.now()) + DEADLINE_GRACE_MS));
      return await this.openSession(mode, work, timeout);
    } finally {
      release();
    }
  }

  private async openSession<T>(mode: SessionMode, work: (tx: StatementRunner) => Promise<T>, timeout: number): Promise<T> {
    const { signal } = this.options;
    signal?.throwIfAborted();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'WRITE' ? neo4j.session.WRITE : neo4j.session.READ,
    });
    // Closing the session sends RESET on its connection, which makes Neo4j end the transaction.
    const stop = () => void session.close().catch(() => {});
    signal?.addEventListener('abort', stop, { once: true });
    this.options.observer?.sessionOpened();
    try {
      if (mode === 'READ') return await session.executeRead(work, { timeout });
      if (mode === 'WRITE') return await session.executeWrite(work, { timeout });
      return await this.autoCommitted(session, work, timeout);
    } catch (error) {
      // Stopped on purpose: the request fails with the reason (client gone, deadline passed), not the driver's words.
      if (signal?.aborted) throw signal.reason;
      const mapped = mapDriverError(error);
      const { deadlineAt, deadlineError } = this.options;
      if (mapped instanceof QueryTimeout && deadlineError && deadlineAt !== undefined && Date.now() >= deadlineAt) throw deadlineError();
      throw mapped;
    } finally {
      signal?.removeEventListener('abort', stop);
      this.options.observer?.sessionClosed();
      await session.close();
    }
  }

  /** Runs one read statement auto-committed, again (up to READ_STATEMENT_ATTEMPTS) while it fails transiently. */
  private async autoCommitted<T>(session: Session, work: (tx: StatementRunner) => Promise<T>, timeout: number): Promise<T> {
    const runner: StatementRunner = { run: (text, params) => session.run(text, params, { timeout }) };
    for (let attempt = 1; ; attempt++) {
      try {
        return await work(runner);
      } catch (error) {
        if (attempt >= READ_STATEMENT_ATTEMPTS || !isRetryableError(error as Error) || this.options.signal?.aborted) throw error;
      }
    }
  }

  private runIn<N extends QueryName>(tx: StatementRunner, name: N, params: Params): Promise<RowOf<N>[]> {
    // The row's shape is the query's RETURN clause, declared in queryRows.ts.
    return this.runText(tx, name, this.queries[name], params) as Promise<RowOf<N>[]>;
  }

  private async runText(
    tx: StatementRunner,
    name: QueryName | ReadName,
    text: string,
    params: Params,
    convert = true,
  ): Promise<Record<string, unknown>[]> {
    if (this.stats) this.stats.roundTrips += 1;
    const started = process.hrtime.bigint();
    let ok = false;
    const sent = { ...(toDriverValue(params) as Record<string, unknown>) };
    try {
      const result = await withoutStackCapture(() => tx.run(text, sent));
      ok = true;
      return result.records.map((r) => (convert ? (toPlain(r.toObject()) as Record<string, unknown>) : r.toObject()));
    } finally {
      // The driver keeps every result of an open transaction, parameters included, until it ends:
      // forgetting them here keeps a long import from holding all its batches in memory.
      for (const key of Object.keys(sent)) delete sent[key];
      this.options.observer?.query(name, Number(process.hrtime.bigint() - started) / 1e9, ok);
    }
  }
}

/**
 * Sends whole numbers as Neo4j integers (JavaScript numbers would arrive as floats), deeply.
 * Lists and objects are copied only where something changes: an import sends a million rows
 * that are mostly strings, and copying them all was a large part of its time.
 */
export function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const sent = toDriverValue(item);
      if (sent !== item) (copy ??= [...value])[i] = sent;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const sent = toDriverValue(item);
    if (sent !== item) (copy ??= { ...value })[key] = sent;
  }
  return copy ?? value;
}

/** Maps driver failures to the API's errors; anything else passes through unchanged. */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') return new DatabaseUnavailable();
    if (error.code.startsWith('Neo.ClientError.Security.')) {
      return new DatabaseUnavailable('The database refused our credentials; check NEO4J_USER and NEO4J_PASSWORD.');
    }
    if (/TransactionTimedOut|Transaction\.TransactionTimedOut/.test(error.code)) return new QueryTimeout();
    // The transaction memory limit (dbms.memory.transaction.total.max or db.memory.transaction.max).
    if (/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/.test(error.code)) return new TransactionTooLarge();
  }
  return error;
}
