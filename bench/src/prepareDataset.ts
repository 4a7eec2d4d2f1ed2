import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, REPO_ROOT } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { Executor } from '../../api/src/db/executor.ts';
import { freePort, startLocalNeo4j } from '../../api/src/db/localNeo4j.ts';
import { applySchema } from '../../api/src/db/migrations.ts';
import { loadQueryRegistry } from '../../api/src/db/queryRegistry.ts';
import { importPath } from '../../api/src/ingest/importPath.ts';
import type { BenchArgs, BenchSize } from './benchArgs.ts';
import type { SizeResult } from './benchResults.ts';
import { generateDataset } from './generateDataset.ts';
import {
  checkSameRows,
  describeRun,
  type ImportBenchResult,
  type ImportRun,
  importComparison,
  importOnce,
  runImportBench,
  runImportPairs,
} from './importBench.ts';

/**
 * The same store settings for every size, so that only the data changes along the curve. The
 * heap is 8g because the 1M import is one transaction, whose state passes the 2.8 GiB limit a 4g
 * heap allows (70 % of the heap, Neo4j's default).
 */
export const BENCH_NEO4J = { heap: '8g', pageCache: '2g' } as const;
const PASSWORD = 'bench-password';

/** A running Neo4j of its own holding one dataset, ready to be measured. */
export interface PreparedDataset {
  readonly size: BenchSize;
  readonly boltUri: string;
  readonly user: string;
  readonly password: string;
  readonly dataset: SizeResult['dataset'];
  /** The Neo4j server's process id, for its CPU time per request (the peer benchmark). */
  readonly neo4jPid: number | undefined;
  readonly importSeconds: number;
  /** For a generated dataset: our import against the raw baseline, on this same store. */
  readonly importBench?: SizeResult['importBench'];
  /** Stops the Neo4j and deletes its store. */
  close(): Promise<void>;
}

/** The folder to import for a size: the seed, a folder given on the command line, or generated (cached in .data/bench/). */
async function datasetFor(size: BenchSize, args: BenchArgs, log: (line: string) => void): Promise<{ dir: string; origin: string }> {
  if (size === 'seed') return { dir: loadConfig().seedPath, origin: 'data/seed' };
  const given = args.datasets[size];
  if (given) return { dir: path.resolve(given), origin: given };
  const dir = path.join(REPO_ROOT, '.data', 'bench', `${size}-seed${args.seed}`);
  mkdirSync(dir, { recursive: true });
  await generateDataset(size, args.seed, dir, log);
  return { dir, origin: `npm run generate -- --size ${size} --seed ${args.seed}` };
}

/** A fresh local Neo4j on a new temporary store, with the benchmark's settings. */
async function startStore(
  name: string,
  log: (line: string) => void,
): Promise<{ uri: string; pid: number | undefined; close(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `kg-bench-${name}-`));
  log(`${name}: starting a fresh Neo4j (heap ${BENCH_NEO4J.heap}, page cache ${BENCH_NEO4J.pageCache})…`);
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), password: PASSWORD, ...BENCH_NEO4J }).catch(async (error) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    uri: neo4j.uri,
    pid: neo4j.pid,
    async close() {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Pairs of imports measured per size: the 1M import takes minutes each way, so it runs once. */
export function importPairsOf(size: BenchSize, runs: number): number {
  if (size === 'large') return 1;
  return size === 'medium' ? Math.min(3, runs) : runs;
}

const CREDENTIALS = { user: 'neo4j', password: PASSWORD } as const;

/**
 * Imports the warm-up dataset (10k) both ways, unmeasured, into a store that is empty again after:
 * a fresh Neo4j plans and compiles its statements on first use.
 */
async function warmUp(uri: string, warmUpDir: string): Promise<void> {
  await runImportBench({ boltUri: uri, ...CREDENTIALS, datasetDir: warmUpDir, size: 'small' });
}

/** Runs `work` on a fresh store of its own, warmed up, then drops the store. */
async function onScratchStore<T>(
  name: string,
  warmUpDir: string,
  log: (line: string) => void,
  work: (uri: string) => Promise<T>,
): Promise<T> {
  const scratch = await startStore(name, log);
  try {
    log(`${name}: warming up a fresh store…`);
    await warmUp(scratch.uri, warmUpDir);
    return await work(scratch.uri);
  } finally {
    await scratch.close();
  }
}

/** Our import into the store of the API runs, warmed up first. */
async function importForApi(
  size: BenchSize,
  dir: string,
  storeUri: string,
  warmUpDir: string,
  log: (line: string) => void,
): Promise<ImportRun> {
  log(`${size}: our import: warming up, then importing the store of the API runs…`);
  await warmUp(storeUri, warmUpDir);
  const ours = await importOnce('ours', { boltUri: storeUri, ...CREDENTIALS, datasetDir: dir, size });
  log(`${size}: our import: ${describeRun(ours)}`);
  return ours;
}

/**
 * Our import against the raw baseline, each after the same unmeasured warm-up.
 *
 * Several pairs (`importPairsOf`): both imports into one scratch store, alternating which goes
 * first and wiping in between; the result holds every pair and their medians. Our import then
 * writes the store of the API runs once more, unmeasured. One pair (the 1M dataset, a quick run):
 * the baseline into a scratch store, ours into the store of the API runs, each fresh.
 */
async function benchImport(
  size: BenchSize,
  dir: string,
  store: { uri: string },
  args: BenchArgs,
  log: (line: string) => void,
): Promise<ImportBenchResult> {
  const pairs = importPairsOf(size, args.runs);
  const { dir: warmUpDir } = await datasetFor('small', args, log);
  let result: ImportBenchResult;
  if (pairs > 1) {
    result = await onScratchStore(`${size}-pairs`, warmUpDir, log, (uri) => {
      log(`${size}: ${pairs} pairs of imports (raw baseline and ours), alternating…`);
      return runImportPairs({ boltUri: uri, ...CREDENTIALS, datasetDir: dir, size, count: pairs, log: (line) => log(`${size}: ${line}`) });
    });
    checkSameRows(await importForApi(size, dir, store.uri, warmUpDir, log), result.raw);
  } else {
    const raw = await onScratchStore(`${size}-raw`, warmUpDir, log, async (uri) => {
      log(`${size}: raw baseline: importing…`);
      const run = await importOnce('raw', { boltUri: uri, ...CREDENTIALS, datasetDir: dir, size });
      log(`${size}: raw baseline: ${describeRun(run)}`);
      return run;
    });
    result = await importComparison(size, dir, await importForApi(size, dir, store.uri, warmUpDir, log), raw);
  }
  log(`${size}: import ratio ours / raw ${result.ratio.toFixed(2)}${result.pairs ? ` (median of ${result.pairs.length} pairs)` : ''}`);
  return result;
}

/**
 * Starts a fresh local Neo4j (a new temporary store) and imports the size's dataset into it: the
 * seed in this process; a generated dataset with `npm run import`, measured against the raw
 * baseline (see benchImport).
 */
export async function prepareDataset(size: BenchSize, args: BenchArgs, log: (line: string) => void): Promise<PreparedDataset> {
  const { dir, origin } = await datasetFor(size, args, log);
  const store = await startStore(size, log);
  const driver = createDriver(store.uri, CREDENTIALS.user, CREDENTIALS.password);
  try {
    const executor = new Executor(driver, loadQueryRegistry(), { database: undefined, timeoutMs: 600_000 });
    await applySchema(executor);
    let importSeconds: number;
    let importBench: ImportBenchResult | undefined;
    if (size === 'seed') {
      log(`${size}: importing ${origin}…`);
      const started = performance.now();
      // The product's import (what `npm run import` runs), in this process.
      await importPath(executor, dir);
      importSeconds = (performance.now() - started) / 1000;
    } else {
      log(`${size}: importing ${origin}, the raw baseline and ours…`);
      importBench = await benchImport(size, dir, store, args, log);
      importSeconds = importBench.ours.seconds;
    }
    const [counts] = await executor.read('countNodes');
    const dataset = { origin, nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) };
    if (dataset.nodes === 0) throw new Error(`The import of ${origin} left the database empty.`);
    log(`${size}: ${dataset.nodes} entities, ${dataset.relationships} relationships, imported in ${importSeconds.toFixed(1)} s`);
    return {
      size,
      boltUri: store.uri,
      ...CREDENTIALS,
      dataset,
      neo4jPid: store.pid,
      importSeconds,
      ...(importBench ? { importBench } : {}),
      close: () => store.close(),
    };
  } catch (error) {
    await store.close();
    throw error;
  } finally {
    await driver.close();
  }
}
