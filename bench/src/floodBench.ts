/**
 * The flood benchmark: while four clients each send 30 aliased depth-3 neighbourhoods of the
 * best-connected person in a loop, how fast does a normal reader's search answer? On the
 * generated 10k dataset, in a fresh local Neo4j, against the API of one or more checkouts side by
 * side (`--roots before=/path/to/other/worktree,after=.`), in the same run and on the same store.
 * For each checkout: the reader alone, then under the flood, then under the largest flood the
 * cost budget admits (as many aliases as fit); the reader's p50/p95/max and errors, and what the
 * flooders got back. Prints a table and writes JSON (`--json <file>`).
 *
 *   node bench/src/floodBench.ts [--roots label=dir,…] [--seconds 20] [--seed 20230920] [--json out.json]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { Executor } from '../../api/src/db/executor.ts';
import { freePort, startLocalNeo4j } from '../../api/src/db/localNeo4j.ts';
import { applySchema } from '../../api/src/db/migrations.ts';
import { loadQueryRegistry } from '../../api/src/db/queryRegistry.ts';
import { importPath } from '../../api/src/ingest/importPath.ts';
import { generateDataset } from './generateDataset.ts';
import { machineInfo } from './machineInfo.ts';
import { pickSamples } from './pickSamples.ts';
import { startApiChild } from './serverChildren.ts';

const PASSWORD = 'bench-password';
const FLOODERS = 4;
const ALIASES = 30;
/** The largest number of these neighbourhoods one request may ask for under the default cost budget (2,500,000 / 251,204). */
const ADMITTED_ALIASES = 9;

interface Args {
  roots: { label: string; dir: string }[];
  seconds: number;
  seed: number;
  json?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { roots: [{ label: 'this checkout', dir: REPO_ROOT }], seconds: 20, seed: 20230920 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--roots')
      args.roots = value.split(',').map((pair) => {
        const [label, dir] = pair.split('=');
        if (!label || !dir) throw new Error(`--roots takes label=dir pairs separated by commas, got "${pair}"`);
        return { label, dir: path.resolve(dir) };
      });
    else if (flag === '--seconds') args.seconds = Number(value);
    else if (flag === '--seed') args.seed = Number(value);
    else if (flag === '--json') args.json = value;
    else throw new Error(`Unknown option ${flag}; see the comment at the top of bench/src/floodBench.ts.`);
  }
  return args;
}

/** The value below which a share `q` of the sorted values lie (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

/**
 * What a GraphQL request got back: its HTTP status and the code of its first error, if any. Each
 * request gets its own signal, tied to `signal` only while it runs: fetch leaves a listener on the
 * signal it is given, and thousands of requests on one phase-long signal pile them up.
 */
async function send(url: string, query: string, variables: Record<string, unknown>, signal: AbortSignal): Promise<string> {
  const own = new AbortController();
  const cut = () => own.abort(signal.reason);
  if (signal.aborted) cut();
  else signal.addEventListener('abort', cut, { once: true });
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: own.signal,
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    return code ? `${res.status} ${code}` : String(res.status);
  } finally {
    signal.removeEventListener('abort', cut);
  }
}

interface PhaseResult {
  readonly phase: string;
  readonly readerRequests: number;
  readonly readerErrors: number;
  readonly readerErrorKinds: Record<string, number>;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** What the flooders' requests got back (`200`, `200 QUERY_TOO_COSTLY`, `aborted` at the end …), counted. */
  readonly flood: Record<string, number>;
}

/** Runs the reader (one search after another) for `seconds`, with `flooders` clients sending `floodQuery` in a loop beside it. */
async function phase(base: string, name: string, seconds: number, search: string, floodQuery: string | null): Promise<PhaseResult> {
  const url = `${base}/graphql`;
  const stop = new AbortController();
  const flood: Record<string, number> = {};
  const count = (into: Record<string, number>, key: string) => void (into[key] = (into[key] ?? 0) + 1);
  const flooders = floodQuery
    ? Array.from({ length: FLOODERS }, async () => {
        while (!stop.signal.aborted) {
          const outcome = await send(url, floodQuery, {}, stop.signal).catch((e: Error) =>
            stop.signal.aborted ? 'cut at the end' : `failed: ${e.message}`,
          );
          count(flood, outcome);
        }
      })
    : [];
  // The flood gets a head start, so that the reader meets it at full strength.
  if (floodQuery) await new Promise((r) => setTimeout(r, 1_000));
  const reader = 'query Reader($text: String!) { search(text: $text, first: 10) { score entity { id name } } }';
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const outcome = await send(url, reader, { text: search }, AbortSignal.timeout(60_000)).catch((e: Error) => `failed: ${e.message}`);
    latencies.push(performance.now() - started);
    if (outcome !== '200') count(errors, outcome);
  }
  stop.abort();
  await Promise.all(flooders);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    phase: name,
    readerRequests: latencies.length,
    readerErrors: Object.values(errors).reduce((a, b) => a + b, 0),
    readerErrorKinds: errors,
    p50Ms: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? Number.NaN,
    flood,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(line);
  const dir = path.join(REPO_ROOT, '.data', 'bench', `small-seed${args.seed}`);
  await generateDataset('small', args.seed, dir, log);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-flood-'));
  log('starting a fresh Neo4j (heap 2g) and importing the 10k dataset…');
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), password: PASSWORD, heap: '2g', pageCache: '512m' });
  const driver = createDriver(neo4j.uri, 'neo4j', PASSWORD);
  const results: { label: string; dir: string; phases: PhaseResult[] }[] = [];
  try {
    const executor = new Executor(driver, loadQueryRegistry(), { database: undefined, timeoutMs: 600_000 });
    await applySchema(executor);
    await importPath(executor, dir);
    const samples = await pickSamples(driver);
    log(`hub ${samples.hubPerson} (degree ${samples.hubDegree}); the reader searches "${samples.searchEn}"`);
    const neighbourhoods = (count: number) =>
      `{ ${Array.from(
        { length: count },
        (_, i) => `a${i}: neighborhood(ids: ["${samples.hubPerson}"], depth: 3, limit: 200) { truncated nodes { id } edges { id } }`,
      ).join(' ')} }`;
    for (const root of args.roots) {
      log(`${root.label}: starting the API of ${root.dir}…`);
      const api = await startApiChild({ boltUri: neo4j.uri, user: 'neo4j', password: PASSWORD }, [], { root: root.dir });
      const phases: PhaseResult[] = [];
      try {
        await phase(api.baseUrl, 'warm-up', 3, samples.searchEn, null);
        for (const [name, query] of [
          ['reader alone', null],
          [`${FLOODERS} clients × ${ALIASES} aliased depth-3 neighbourhoods`, neighbourhoods(ALIASES)],
          [
            `${FLOODERS} clients × ${ADMITTED_ALIASES} aliased depth-3 neighbourhoods (the most the budget admits)`,
            neighbourhoods(ADMITTED_ALIASES),
          ],
        ] as const) {
          const result = await phase(
            api.baseUrl,
            name,
            name === 'reader alone' ? Math.min(10, args.seconds) : args.seconds,
            samples.searchEn,
            query,
          );
          log(
            `${root.label} | ${name}: reader p50 ${result.p50Ms.toFixed(0)} ms, p95 ${result.p95Ms.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms, ` +
              `${result.readerRequests} requests, ${result.readerErrors} errors ${JSON.stringify(result.readerErrorKinds)}; flood ${JSON.stringify(result.flood)}`,
          );
          phases.push(result);
          // Let Neo4j finish what the flood left running before the next phase.
          await new Promise((r) => setTimeout(r, 2_000));
        }
      } finally {
        await api.child.stop();
      }
      results.push({ label: root.label, dir: root.dir, phases });
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const machine = machineInfo();
  console.log(
    `\n${machine.cpus} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} at the end\n`,
  );
  console.log('| checkout | phase | reader p50 ms | reader p95 ms | reader max ms | reader requests | reader errors | flood answers |');
  console.log('|---|---|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    for (const p of r.phases) {
      const flood =
        Object.entries(p.flood)
          .map(([k, v]) => `${v} × ${k}`)
          .join(', ') || '–';
      console.log(
        `| ${r.label} | ${p.phase} | ${p.p50Ms.toFixed(0)} | ${p.p95Ms.toFixed(0)} | ${p.maxMs.toFixed(0)} | ${p.readerRequests} | ${p.readerErrors} | ${flood} |`,
      );
    }
  }
  if (args.json) await writeFile(args.json, `${JSON.stringify({ machine, seconds: args.seconds, results }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
