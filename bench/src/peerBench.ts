import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { type AutocannonResult, runAutocannon } from './autocannonRun.ts';
import type { LoadSettings } from './benchArgs.ts';
import { benchCypher } from './benchCypher.ts';
import { type PeerOperation, peerOperations, type PeerSamples } from './peerOperations.ts';
import { type Neo4jLogin, type ServerChild, startApiChild, startPeerChild } from './serverChildren.ts';
import { procCpuSeconds } from './procStats.ts';
import { median } from './stats.ts';

/** What the peer section is told: the Neo4j, how hard to drive each operation, where to log. */
export interface PeerBenchOptions extends Neo4jLogin, LoadSettings {
  readonly log: (line: string) => void;
  /** The Neo4j server's process id: its CPU time per request is recorded beside each server's. */
  readonly neo4jPid?: number;
}

/**
 * One run of one side, with the CPU its server process spent per request and the CPU Neo4j spent
 * per request meanwhile (null when unknown: no /proc, or a Neo4j not started by the benchmark).
 */
export type PeerRun = AutocannonResult & { readonly cpuMsPerRequest: number | null; readonly neo4jCpuMsPerRequest?: number | null };

/** One side of one peer operation: its runs and their medians. */
export interface PeerSide {
  readonly runs: readonly PeerRun[];
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** The median over the runs of the server process's CPU time (user + system) per request. */
  readonly cpuMsPerRequest?: number | null;
  /** The median over the runs of Neo4j's CPU time per request of this side. */
  readonly neo4jCpuMsPerRequest?: number | null;
}

/** One operation measured on both servers; `rpsRatio` is this API's requests/s ÷ the library's. */
export interface PeerOperationResult {
  readonly key: string;
  readonly label: string;
  readonly args: string;
  readonly ours: PeerSide;
  readonly peer: PeerSide;
  readonly rpsRatio: number;
  readonly p50Ratio: number;
  /**
   * Set when the operation was too slow for timed runs (`slowOperationPlan`): each run then sent
   * exactly this many requests per side, however long they took.
   */
  readonly requestsPerRun?: number;
}

/** The peer section of one dataset. */
export interface PeerBenchResult {
  readonly library: string;
  readonly samples: PeerSamples;
  readonly operations: readonly PeerOperationResult[];
  /** What the library could not express, and why (not measured). */
  readonly notMeasured: readonly string[];
}

/** The peer: the Neo4j GraphQL Library, a development dependency. */
export const PEER_LIBRARY = '@neo4j/graphql';

/** The version of the library installed. */
function peerLibraryVersion(): string {
  const manifest = path.join(REPO_ROOT, 'node_modules', ...PEER_LIBRARY.split('/'), 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

async function pickPeerSamples(driver: Driver): Promise<PeerSamples> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(benchCypher('peerSamples')), { timeout: 120_000 });
    const row = result.records[0]?.toObject() ?? {};
    for (const key of ['agency', 'midAgency', 'meeting', 'hubMeeting', 'country', 'person']) {
      if (typeof row[key] !== 'string') throw new Error(`The dataset has no ${key} for the peer benchmark.`);
    }
    return row as unknown as PeerSamples;
  } finally {
    await session.close();
  }
}

/** Posts one GraphQL request and returns its data; throws on an HTTP or GraphQL error. */
async function ask(url: string, request: { query: string; variables: Record<string, unknown> }, what: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) throw new Error(`${what}: ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** The first place two normalised answers differ, for the error message. */
function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at || 'answer'}: ${a.length} items here, ${b.length} from the library`;
    for (let i = 0; i < a.length; i++) if (!isDeepStrictEqual(a[i], b[i])) return firstDifference(a[i], b[i], `${at}[${i}]`);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const x = (a as Record<string, unknown>)[k];
      const y = (b as Record<string, unknown>)[k];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${k}`);
    }
  }
  return `${at || 'answer'}: ${JSON.stringify(a)?.slice(0, 200)} here, ${JSON.stringify(b)?.slice(0, 200)} from the library`;
}

/** Asks both servers each operation and throws unless the normalised answers are equal. */
export async function checkPeerAnswers(ours: string, peer: string, operations: readonly PeerOperation[]): Promise<void> {
  for (const op of operations) {
    const a = op.normaliseOurs(await ask(ours, op.ours, `${op.label}, this API`));
    const b = op.normalisePeer(await ask(peer, op.peer, `${op.label}, the library`));
    if (!isDeepStrictEqual(a, b)) throw new Error(`${op.label}: the answers differ (${firstDifference(a, b)}).`);
  }
}

const summarise = (runs: PeerRun[]): PeerSide => {
  const cpu = runs.map((r) => r.cpuMsPerRequest).filter((x): x is number => typeof x === 'number');
  const neo4jCpu = runs.map((r) => r.neo4jCpuMsPerRequest).filter((x): x is number => typeof x === 'number');
  return {
    runs,
    rps: median(runs.map((r) => r.requestsPerSecond)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuMsPerRequest: cpu.length ? median(cpu) : null,
    neo4jCpuMsPerRequest: neo4jCpu.length ? median(neo4jCpu) : null,
  };
};

/** How an operation too slow for timed runs is measured instead: a fixed number of requests per run. */
export interface SlowOperationPlan {
  readonly requestsPerRun: number;
  readonly timeoutSeconds: number;
}

/**
 * Whether a warm-up shows an operation too slow for timed runs, and how to measure it then: a
 * run of a few seconds that gets fewer than two answers per connection (or none, or answers
 * later than autocannon's 10 s) would measure the run's cut-off more than the server, so each
 * run sends exactly two requests per connection and waits up to ten minutes for each.
 */
export function slowOperationPlan(
  warmUp: Pick<AutocannonResult, 'requests' | 'timeouts'>,
  connections: number,
): SlowOperationPlan | undefined {
  if (warmUp.timeouts === 0 && warmUp.requests >= 2 * connections) return undefined;
  return { requestsPerRun: 2 * connections, timeoutSeconds: 600 };
}

/** CPU milliseconds per request between two readings of a process's CPU seconds (null when either is unknown). */
const perRequest = (before: number | null, after: number | null, requests: number) =>
  before === null || after === null ? null : ((after - before) * 1000) / requests;

/**
 * This API against the Neo4j GraphQL Library on the same Neo4j: both servers in their own
 * processes, every answer checked equal first (a difference fails the run), then each operation
 * driven by autocannon on both, the sides alternating run by run; medians and the ratio of
 * requests per second.
 */
export async function runPeerBench(o: PeerBenchOptions): Promise<PeerBenchResult> {
  const driver = createDriver(o.boltUri, o.user, o.password);
  const servers: ServerChild[] = [];
  try {
    const samples = await pickPeerSamples(driver);
    const operations = peerOperations(samples);
    const login = { boltUri: o.boltUri, user: o.user, password: o.password };
    const started = await Promise.allSettled([startApiChild(login), startPeerChild(login)]);
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    const [api, peer] = servers as [ServerChild, ServerChild];
    const url = { ours: `${api.baseUrl}/graphql`, peer: `${peer.baseUrl}/` };
    await checkPeerAnswers(url.ours, url.peer, operations);
    o.log('peer: the answers of both servers are equal');

    const pid = { ours: api.child.pid, peer: peer.child.pid };
    const neo4jCpu = () => (o.neo4jPid ? procCpuSeconds(o.neo4jPid) : null);
    const drive = (side: 'ours' | 'peer', op: PeerOperation, seconds: number, paced?: SlowOperationPlan) =>
      runAutocannon({
        url: url[side],
        body: op[side],
        connections: o.connections,
        seconds,
        ...(paced ? { amount: paced.requestsPerRun, timeoutSeconds: paced.timeoutSeconds } : o.requests ? { amount: o.requests } : {}),
      });
    const clean = (what: string, r: AutocannonResult) => {
      if (r.errors + r.timeouts + r.non2xx > 0 || r.requests === 0) {
        throw new Error(`${what}: ${r.requests} requests, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx.`);
      }
      return r;
    };
    // Every operation is warmed up on both servers before any is timed: Neo4j's JIT compiles its
    // hot code over the first tens of seconds of load, and the operation timed first paid for it
    // (the seed's first operation measured 2.5 ms of Neo4j CPU per request in its first run and
    // 0.4 ms in its third).
    const pacing = new Map<string, SlowOperationPlan | undefined>();
    const warmUp = async (op: PeerOperation): Promise<SlowOperationPlan | undefined> => {
      let paced: SlowOperationPlan | undefined;
      for (const side of ['ours', 'peer'] as const) {
        // A warm-up may end before a slow operation's first answer (a loaded machine, a large
        // store): only errors fail it; too few answers, or answers later than autocannon waits,
        // make the timed runs count requests instead (`slowOperationPlan`).
        if (o.warmupSeconds > 0) {
          const r = await drive(side, op, o.warmupSeconds);
          if (r.errors + r.non2xx > 0) clean(`peer warm-up, ${op.label}, ${side}`, r);
          paced ??= slowOperationPlan(r, o.connections);
        } else for (let i = 0; i < 5; i++) await ask(url[side], op[side], `peer warm-up, ${op.label}, ${side}`);
      }
      return paced;
    };
    for (const op of operations) {
      // A first warm-up can be slow only because the store is cold (1M elements just imported:
      // the meeting read answered 32 requests in about 0.1 s each once warm), so a slow one is
      // warmed up again, and the second decides.
      let paced = await warmUp(op);
      if (paced) paced = await warmUp(op);
      if (paced)
        o.log(`peer: ${op.label}: too slow for ${o.seconds} s runs; each run sends ${paced.requestsPerRun} requests per side instead`);
      pacing.set(op.key, paced);
    }
    const results: PeerOperationResult[] = [];
    for (const op of operations) {
      const paced = pacing.get(op.key);
      const runs = { ours: [] as PeerRun[], peer: [] as PeerRun[] };
      for (let r = 0; r < o.runs; r++) {
        for (const side of r % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const)) {
          const [cpuBefore, neo4jBefore] = [procCpuSeconds(pid[side]), neo4jCpu()];
          const result = clean(`${op.label}, ${side}, run ${r + 1}`, await drive(side, op, o.seconds, paced));
          const [cpuAfter, neo4jAfter] = [procCpuSeconds(pid[side]), neo4jCpu()];
          runs[side].push({
            ...result,
            cpuMsPerRequest: perRequest(cpuBefore, cpuAfter, result.requests),
            neo4jCpuMsPerRequest: perRequest(neo4jBefore, neo4jAfter, result.requests),
          });
        }
      }
      const ours = summarise(runs.ours);
      const peerSide = summarise(runs.peer);
      const result = {
        key: op.key,
        label: op.label,
        args: op.args,
        ours,
        peer: peerSide,
        rpsRatio: ours.rps / peerSide.rps,
        p50Ratio: ours.p50 / peerSide.p50,
        ...(paced ? { requestsPerRun: paced.requestsPerRun } : {}),
      };
      o.log(
        `peer: ${op.label}: ours ${ours.rps.toFixed(0)}/s p50 ${ours.p50} ms · library ${peerSide.rps.toFixed(0)}/s p50 ${peerSide.p50} ms · ratio ${result.rpsRatio.toFixed(2)}` +
          ` · CPU/request ${ours.cpuMsPerRequest?.toFixed(2) ?? '–'} vs ${peerSide.cpuMsPerRequest?.toFixed(2) ?? '–'} ms` +
          ` · Neo4j CPU/request ${ours.neo4jCpuMsPerRequest?.toFixed(2) ?? '–'} vs ${peerSide.neo4jCpuMsPerRequest?.toFixed(2) ?? '–'} ms`,
      );
      results.push(result);
    }
    return {
      library: `${PEER_LIBRARY} ${peerLibraryVersion()}`,
      samples,
      operations: results,
      notMeasured: [
        'search: the library has full-text queries, but not our folding of names (case, acronym dots, Chinese script, romanisation) or our scoring, so no answer of its could equal ours',
      ],
    };
  } finally {
    for (const s of servers.reverse()) await s.child.stop();
    await driver.close();
  }
}
