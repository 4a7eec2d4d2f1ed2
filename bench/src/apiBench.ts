import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../api/src/db/driver.ts';
import { Executor } from '../../api/src/db/executor.ts';
import { loadQueryRegistry } from '../../api/src/db/queryRegistry.ts';
import { createApolloServer } from '../../api/src/graph/apolloServer.ts';
import { type AutocannonResult, runAutocannon } from './autocannonRun.ts';
import type { BenchArgs, LoadSettings } from './benchArgs.ts';
import { type BenchOperation, benchOperations } from './benchOperations.ts';
import { captureQueries, type QueryCall } from './captureQueries.ts';
import type { NodeChild } from './nodeChild.ts';
import { type BenchSamples, pickSamples } from './pickSamples.ts';
import { sumMetric } from './prometheusText.ts';
import { procCpuSeconds, procStatusBytes, sampleRss } from './procStats.ts';
import { type ServerChild, startApiChild, startRawChild } from './serverChildren.ts';
import { median } from './stats.ts';

/** How hard and how long to drive each operation (as the command line said), and against which Neo4j. */
export interface ApiBenchOptions extends LoadSettings, Pick<BenchArgs, 'only' | 'cpuProfileDir'> {
  readonly boltUri: string;
  readonly user: string;
  readonly password: string;
  readonly log: (line: string) => void;
}

/** One measured run of one side, with the CPU time its server process spent per request. */
export interface RunResult extends AutocannonResult {
  readonly cpuMsPerRequest: number | null;
}

/** One side (the API, or the raw baseline) of one operation: its runs and their medians. */
export interface SideResult {
  readonly runs: readonly RunResult[];
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  readonly cpuMsPerRequest: number | null;
}

/** One operation, both sides, and the API's overhead as ratios (ours / raw). */
export interface OperationResult {
  readonly key: string;
  readonly label: string;
  readonly args: string;
  /** The named Cypher queries one request ran (in-process, recorded at the executor). */
  readonly queries: readonly string[];
  /** Cypher queries per GraphQL operation over the load runs, from the API's /metrics. */
  readonly roundTripsUnderLoad: number;
  readonly ours: SideResult;
  readonly raw: SideResult;
  readonly p50Ratio: number;
  readonly p99Ratio: number;
  readonly rpsRatio: number;
  /** The machine's 1-minute load average when the operation's runs ended (other work shows here). */
  readonly loadAverage: number;
  /**
   * Why the operation could not be measured (errors, time-outs): then its figures are NaN. The
   * other operations are still measured, and the run ends with a failure once the report is written.
   */
  readonly failure?: string;
}

/** Everything the API section measured on one dataset. */
export interface ApiBenchResult {
  readonly samples: BenchSamples;
  readonly operations: readonly OperationResult[];
  readonly memory: {
    /** Resident set size of the API once ready, before any load. */
    readonly apiIdleRssBytes: number | null;
    /** Highest resident set size of the API sampled during the load runs. */
    readonly apiPeakRssBytes: number | null;
    /** The kernel's high-water mark of the API's resident set (VmHWM), start included. */
    readonly apiHwmBytes: number | null;
    readonly rawPeakRssBytes: number | null;
  };
}

/** The memory figures of a run that measured no API operation. */
const NO_MEMORY: ApiBenchResult['memory'] = { apiIdleRssBytes: null, apiPeakRssBytes: null, apiHwmBytes: null, rawPeakRssBytes: null };

/** Requests sent one by one per operation and side when there is no timed warm-up (quick runs). */
const QUICK_WARMUP_REQUESTS = 5;

interface Plan {
  readonly op: BenchOperation;
  readonly call: QueryCall;
}

interface Counters {
  readonly operations: number;
  readonly failedOperations: number;
  readonly queries: number;
}

async function scrape(base: string): Promise<Counters> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return {
    operations: sumMetric(text, 'graphql_operations_total'),
    failedOperations: sumMetric(text, 'graphql_operations_total', { outcome: 'error' }),
    queries: sumMetric(text, 'neo4j_queries_total'),
  };
}

/** The counters once the last requests of a run have finished (two equal scrapes in a row). */
async function settledCounters(base: string): Promise<Counters> {
  let last = await scrape(base);
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await scrape(base);
    if (now.operations === last.operations && now.queries === last.queries) return now;
    last = now;
  }
}

/** The result of an operation that could not be measured: its figures are NaN. */
function failedOperation(plan: Plan, failure: string): OperationResult {
  const none: SideResult = { runs: [], p50: Number.NaN, p99: Number.NaN, rps: Number.NaN, cpuMsPerRequest: null };
  return {
    key: plan.op.key,
    label: plan.op.label,
    args: plan.op.args,
    queries: [plan.call.name],
    roundTripsUnderLoad: Number.NaN,
    ours: none,
    raw: none,
    p50Ratio: Number.NaN,
    p99Ratio: Number.NaN,
    rpsRatio: Number.NaN,
    loadAverage: os.loadavg()[0] ?? 0,
    failure,
  };
}

function assertClean(what: string, r: AutocannonResult): void {
  if (r.errors + r.timeouts + r.non2xx > 0 || r.requests === 0) {
    throw new Error(`${what}: ${r.requests} requests, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx.`);
  }
}

/** Runs each operation once in-process: checks its answer, and records the one query it makes. */
async function planOperations(executor: Executor, operations: BenchOperation[]): Promise<Plan[]> {
  const apollo = createApolloServer({ production: true });
  await apollo.start();
  try {
    const plans: Plan[] = [];
    for (const op of operations) {
      const { data, errors, calls } = await captureQueries(apollo, executor, op.query, op.variables);
      if (errors?.length) throw new Error(`${op.label}: ${errors.map((e) => `${String(e.extensions?.code)} ${e.message}`).join('; ')}`);
      const problem = op.check(data);
      if (problem) throw new Error(`${op.label}: ${problem}.`);
      if (calls.length !== 1 || !calls[0]) {
        throw new Error(`${op.label} made ${calls.length} Cypher round trips (${calls.map((c) => c.name).join(', ')}); it must make 1.`);
      }
      plans.push({ op, call: calls[0] });
    }
    return plans;
  } finally {
    await apollo.stop();
  }
}

/**
 * Measures the API against the raw baseline for each operation: starts the real API
 * (`api/src/main.ts`, production mode) and `rawServer.ts` as their own processes over the same
 * Neo4j, warms both up, then drives each with autocannon, the two sides alternating run by run.
 */
// Both sides are profiled, so that the API's profile can be read against the baseline's.
function profileFlags(dir: string | undefined, side: 'api' | 'raw'): string[] {
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, side)}`] : [];
}

export async function runApiBench(o: ApiBenchOptions): Promise<ApiBenchResult> {
  const driver = createDriver(o.boltUri, o.user, o.password);
  const children: NodeChild[] = [];
  try {
    const executor = new Executor(driver, loadQueryRegistry(), { database: undefined, timeoutMs: 120_000 });
    const samples = await pickSamples(driver);
    const chosen = benchOperations(samples).filter((op) => !o.only || o.only.includes(op.key));
    if (chosen.length === 0) {
      // `--only peer` measures the library peer alone.
      if (o.only?.includes('peer')) return { samples, operations: [], memory: NO_MEMORY };
      throw new Error(`No operation is named ${o.only?.join(', ')}.`);
    }
    const plans = await planOperations(executor, chosen);

    const login = { boltUri: o.boltUri, user: o.user, password: o.password };
    const started = await Promise.allSettled([
      startApiChild(login, profileFlags(o.cpuProfileDir, 'api')),
      startRawChild(login, profileFlags(o.cpuProfileDir, 'raw')),
    ]);
    for (const s of started) if (s.status === 'fulfilled') children.push(s.value.child);
    const [apiServer, rawServer] = started.map((s) => {
      if (s.status === 'rejected') throw s.reason;
      return s.value;
    }) as [ServerChild, ServerChild];
    const api = apiServer.child;
    const raw = rawServer.child;
    const apiBase = apiServer.baseUrl;
    const rawBase = rawServer.baseUrl;
    const apiIdleRssBytes = procStatusBytes(api.pid, 'VmRSS');

    const target = (side: 'ours' | 'raw', plan: Plan) =>
      side === 'ours'
        ? { url: `${apiBase}/graphql`, body: { query: plan.op.query, variables: plan.op.variables } }
        : { url: rawBase, body: { query: plan.call.name, params: plan.call.params, cypher: plan.call.text } };
    const drive = (side: 'ours' | 'raw', plan: Plan, seconds: number) =>
      runAutocannon({ ...target(side, plan), connections: o.connections, seconds, ...(o.requests ? { amount: o.requests } : {}) });

    o.log(`warming up (${o.warmupSeconds > 0 ? `${o.warmupSeconds} s` : `${QUICK_WARMUP_REQUESTS} requests`} per operation and side)…`);
    const warmUp = async (plan: Plan) => {
      for (const side of ['ours', 'raw'] as const) {
        if (o.warmupSeconds > 0) assertClean(`warm-up, ${plan.op.label}, ${side}`, await drive(side, plan, o.warmupSeconds));
        else {
          const { url, body } = target(side, plan);
          for (let i = 0; i < QUICK_WARMUP_REQUESTS; i++) {
            const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
            const text = await res.text();
            if (!res.ok || (side === 'ours' && text.includes('"errors"')))
              throw new Error(`warm-up, ${plan.op.label}, ${side}: ${res.status} ${text.slice(0, 300)}`);
          }
        }
      }
    };
    const warmedUp = new Map<Plan, Error | null>();
    for (const plan of plans)
      warmedUp.set(
        plan,
        await warmUp(plan).then(
          () => null,
          (error: Error) => error,
        ),
      );

    const apiRss = sampleRss(api.pid);
    const rawRss = sampleRss(raw.pid);
    const operations: OperationResult[] = [];
    // Only the API's own runs move its counters (the raw runs and /metrics itself do not).
    let counters = await settledCounters(apiBase);
    const measureOne = async (plan: Plan): Promise<OperationResult> => {
      const warmUpError = warmedUp.get(plan);
      if (warmUpError) throw warmUpError;
      const runs = { ours: [] as RunResult[], raw: [] as RunResult[] };
      let operationsRun = 0;
      let queriesRun = 0;
      for (let r = 0; r < o.runs; r++) {
        // Alternate which side goes first, so that neither always runs on a warmer machine.
        for (const side of r % 2 === 0 ? (['ours', 'raw'] as const) : (['raw', 'ours'] as const)) {
          const pid = side === 'ours' ? api.pid : raw.pid;
          const cpuBefore = procCpuSeconds(pid);
          const result = await drive(side, plan, o.seconds);
          const cpuAfter = procCpuSeconds(pid);
          assertClean(`${plan.op.label}, ${side}, run ${r + 1}`, result);
          if (side === 'ours') {
            const after = await settledCounters(apiBase);
            if (after.failedOperations > counters.failedOperations) {
              throw new Error(`${plan.op.label}: ${after.failedOperations - counters.failedOperations} operations answered with errors.`);
            }
            operationsRun += after.operations - counters.operations;
            queriesRun += after.queries - counters.queries;
            counters = after;
          }
          const cpuMsPerRequest = cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1000) / result.requests;
          runs[side].push({ ...result, cpuMsPerRequest });
        }
      }
      const roundTripsUnderLoad = queriesRun / operationsRun;
      if (Math.abs(roundTripsUnderLoad - 1) > 0.001) {
        throw new Error(`${plan.op.label}: ${queriesRun} Cypher queries for ${operationsRun} operations under load; each must make 1.`);
      }
      const side = (list: RunResult[]): SideResult => {
        const cpu = list.map((x) => x.cpuMsPerRequest).filter((x): x is number => x !== null);
        return {
          runs: list,
          p50: median(list.map((x) => x.p50)),
          p99: median(list.map((x) => x.p99)),
          rps: median(list.map((x) => x.requestsPerSecond)),
          cpuMsPerRequest: cpu.length ? median(cpu) : null,
        };
      };
      const ours = side(runs.ours);
      const rawSide = side(runs.raw);
      const result: OperationResult = {
        key: plan.op.key,
        label: plan.op.label,
        args: plan.op.args,
        queries: [plan.call.name],
        roundTripsUnderLoad,
        ours,
        raw: rawSide,
        p50Ratio: ours.p50 / rawSide.p50,
        p99Ratio: ours.p99 / rawSide.p99,
        rpsRatio: ours.rps / rawSide.rps,
        loadAverage: os.loadavg()[0] ?? 0,
      };
      o.log(
        `${plan.op.label}: ours p50 ${ours.p50} ms, p99 ${ours.p99} ms, ${ours.rps.toFixed(0)}/s · raw p50 ${rawSide.p50} ms, ` +
          `p99 ${rawSide.p99} ms, ${rawSide.rps.toFixed(0)}/s · ratios p50 ${result.p50Ratio.toFixed(2)}, rps ${result.rpsRatio.toFixed(2)}` +
          ` · CPU/request ${ours.cpuMsPerRequest?.toFixed(2)} vs ${rawSide.cpuMsPerRequest?.toFixed(2)} ms`,
      );
      return result;
    };
    for (const plan of plans) {
      try {
        operations.push(await measureOne(plan));
      } catch (error) {
        const failure = error instanceof Error ? error.message : String(error);
        o.log(`${plan.op.label}: FAILED: ${failure}`);
        operations.push(failedOperation(plan, failure));
        // The API's counters moved by an unknown amount; start the next operation from where they are.
        counters = await settledCounters(apiBase);
      }
    }
    const memory = {
      apiIdleRssBytes,
      apiPeakRssBytes: apiRss.stop(),
      apiHwmBytes: procStatusBytes(api.pid, 'VmHWM'),
      rawPeakRssBytes: rawRss.stop(),
    };
    return { samples, operations, memory };
  } finally {
    for (const child of children.reverse()) await child.stop();
    await driver.close();
  }
}
