/**
 * Import benchmark: the real import (validation included) against the raw baseline
 * (`rawImport.ts`: the same rows, UNWIND … MERGE in batches of 1,000, no validation), each in a
 * child process, on the same dataset and an empty database with the schema applied.
 *
 * Standalone, on a Neo4j of its own (free port, temporary data directory):
 *
 *   node bench/src/importBench.ts --size small|medium|large [--runs 3] [--heap 8g] [--pagecache 1g] [--data <dir>]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { Executor } from '../../api/src/db/executor.ts';
import { ensureLocalNeo4jBuilt, freePort, startLocalNeo4j } from '../../api/src/db/localNeo4j.ts';
import { applySchema } from '../../api/src/db/migrations.ts';
import { loadQueryRegistry } from '../../api/src/db/queryRegistry.ts';
import { findDataset } from '../../api/src/ingest/read/findDataset.ts';
import { benchCypher } from './benchCypher.ts';
import { measureProcess } from './measureProcess.ts';

/** One import, measured from outside its process. */
export interface ImportRun {
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes plus relationships written. */
  readonly rows: number;
  /** Wall time of the whole process: start-up, reading, validation (ours), writing, commit. */
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMb: number;
}

/** Both imports of one dataset, and how ours compares. */
export interface ImportBenchResult {
  readonly size: string;
  /** Bytes of the dataset's JSON Lines files. */
  readonly inputBytes: number;
  readonly ours: ImportRun;
  readonly raw: ImportRun;
  /** ours.rowsPerSecond / raw.rowsPerSecond: 1 means validation costs nothing. */
  readonly ratio: number;
  /**
   * Each pair of imports, in order, when several were measured: `ours` and `raw` above are then
   * the medians of their figures, and `ratio` the median of the pairs' ratios.
   */
  readonly pairs?: readonly ImportPair[];
}

/** One import of each kind, one after the other on the same store. */
export interface ImportPair {
  readonly ours: ImportRun;
  readonly raw: ImportRun;
  readonly ratio: number;
}

/** Where to run: an empty Neo4j, and a JSON Lines dataset folder. */
export interface ImportBenchOptions {
  readonly boltUri: string;
  readonly user: string;
  readonly password: string;
  readonly datasetDir: string;
  readonly size: string;
  /** Run the baseline first (to alternate the order between repeated runs). */
  readonly rawFirst?: boolean;
  /** Hears about each import as soon as it is done. */
  readonly log?: (line: string) => void;
}

const WIPE = benchCypher('wipeDatabase');
const WIPE_TIMEOUT_MS = 60 * 60_000;

/** One line about a run: time, rows/s, peak memory. */
export function describeRun(run: ImportRun): string {
  return `${run.rows} rows in ${run.seconds.toFixed(1)} s, ${Math.round(run.rowsPerSecond)} rows/s, peak RSS ${Math.round(run.peakRssMb)} MB`;
}

async function countElements(executor: Executor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read('countNodes');
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}

async function runOne(
  which: 'ours' | 'raw',
  opts: Pick<ImportBenchOptions, 'boltUri' | 'user' | 'password' | 'datasetDir'>,
  executor: Executor,
): Promise<ImportRun> {
  const script = which === 'ours' ? ['api/src/cli.ts', 'import'] : ['bench/src/rawImport.ts'];
  const env = {
    ...process.env,
    NEO4J_URI: opts.boltUri,
    NEO4J_USER: opts.user,
    NEO4J_PASSWORD: opts.password,
    // Our CLI keeps compiled modules in Node's compile cache (api/src/cli.ts); the baseline is given
    // the same cache through this variable, so that both start on equal terms.
    NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(os.tmpdir(), 'node-compile-cache'),
  };
  // `node` itself rather than an npm script, so that the measured process is the one doing the work.
  const run = await measureProcess(process.execPath, [...script, opts.datasetDir], env, REPO_ROOT);
  if (run.code !== 0) throw new Error(`The ${which} import failed (exit code ${run.code}):\n${run.stderr.slice(-2000)}`);
  const written = await countElements(executor);
  const rows = written.nodes + written.relationships;
  return { ...written, rows, seconds: run.seconds, rowsPerSecond: rows / run.seconds, peakRssMb: run.peakRssMb };
}

/** Bytes of a dataset's JSON Lines files. */
export async function inputBytesOf(datasetDir: string): Promise<number> {
  const found = await findDataset(datasetDir);
  const files = found.ok && found.format === 'jsonLines' ? found.files : [];
  return (await Promise.all(files.map((f) => stat(f)))).reduce((sum, s) => sum + s.size, 0);
}

/**
 * One import (ours or the raw baseline) into an empty database, with the schema applied first;
 * what it wrote stays.
 */
export async function importOnce(which: 'ours' | 'raw', opts: Omit<ImportBenchOptions, 'rawFirst' | 'log'>): Promise<ImportRun> {
  return withEmptyDatabase(opts, (executor) => runOne(which, opts, executor));
}

/** Runs `work` on a database that must be empty, with the schema applied (as the real import would find it). */
async function withEmptyDatabase<T>(
  opts: Pick<ImportBenchOptions, 'boltUri' | 'user' | 'password'>,
  work: (executor: Executor) => Promise<T>,
): Promise<T> {
  const driver = createDriver(opts.boltUri, opts.user, opts.password);
  const executor = new Executor(driver, loadQueryRegistry(), { database: undefined, timeoutMs: 600_000 });
  try {
    await applySchema(executor);
    const before = await countElements(executor);
    if (before.nodes > 0) throw new Error(`The import benchmark needs an empty database; ${opts.boltUri} holds ${before.nodes} entities.`);
    return await work(executor);
  } finally {
    await driver.close();
  }
}

/**
 * Imports a dataset twice into an empty database, our import and the raw baseline, wiping in
 * between and after, and returns rows, time, rows/s and peak memory of each, and the ratio.
 */
export async function runImportBench(opts: ImportBenchOptions): Promise<ImportBenchResult> {
  return withEmptyDatabase(opts, async (executor) => {
    const results: Partial<Record<'ours' | 'raw', ImportRun>> = {};
    for (const which of opts.rawFirst ? (['raw', 'ours'] as const) : (['ours', 'raw'] as const)) {
      try {
        results[which] = await runOne(which, opts, executor);
        opts.log?.(`${which}: ${describeRun(results[which] as ImportRun)}`);
      } finally {
        // runSchema runs one statement in an auto-commit transaction, which CALL … IN TRANSACTIONS
        // needs; with its own time limit, since servers stop transactions after 30 s by default.
        await executor.runSchema(WIPE, WIPE_TIMEOUT_MS);
      }
    }
    return importComparison(opts.size, opts.datasetDir, results.ours as ImportRun, results.raw as ImportRun);
  });
}

/** Fails unless our import and the baseline wrote the same number of rows. */
export function checkSameRows(ours: ImportRun, raw: ImportRun): void {
  if (ours.rows !== raw.rows) throw new Error(`The imports wrote different numbers of rows: ours ${ours.rows}, raw ${raw.rows}.`);
}

/** One import each way of a dataset as a result, with the ratio of their rows/s. */
export async function importComparison(size: string, datasetDir: string, ours: ImportRun, raw: ImportRun): Promise<ImportBenchResult> {
  checkSameRows(ours, raw);
  return { size, inputBytes: await inputBytesOf(datasetDir), ours, raw, ratio: ours.rowsPerSecond / raw.rowsPerSecond };
}

/**
 * Imports a dataset `count` times each way (ours and the baseline, alternating which goes first),
 * wiping in between: one pair says little on a shared machine, where the same import's time moves
 * by half from one run to the next.
 */
export async function runImportPairs(opts: ImportBenchOptions & { readonly count: number }): Promise<ImportBenchResult> {
  const pairs: ImportPair[] = [];
  for (let i = 0; i < opts.count; i++) {
    const { ours, raw, ratio } = await runImportBench({
      ...opts,
      rawFirst: i % 2 === 1,
      log: (line) => opts.log?.(`pair ${i + 1}, ${line}`),
    });
    pairs.push({ ours, raw, ratio });
    opts.log?.(`pair ${i + 1}: ratio ours/raw ${ratio.toFixed(2)}`);
  }
  return summarisePairs(opts.size, await inputBytesOf(opts.datasetDir), pairs);
}

/** Pairs of imports as one result: the median of each figure, and the median of the pairs' ratios. */
export function summarisePairs(size: string, inputBytes: number, pairs: readonly ImportPair[]): ImportBenchResult {
  if (pairs.length === 0) throw new Error('No import pair to summarise.');
  const medianRun = (runs: readonly ImportRun[]): ImportRun => {
    const m = (f: (r: ImportRun) => number) => median(runs.map(f));
    return {
      nodes: m((r) => r.nodes),
      relationships: m((r) => r.relationships),
      rows: m((r) => r.rows),
      seconds: m((r) => r.seconds),
      rowsPerSecond: m((r) => r.rowsPerSecond),
      peakRssMb: m((r) => r.peakRssMb),
    };
  };
  return {
    size,
    inputBytes,
    ours: medianRun(pairs.map((p) => p.ours)),
    raw: medianRun(pairs.map((p) => p.raw)),
    ratio: median(pairs.map((p) => p.ratio)),
    ...(pairs.length > 1 ? { pairs } : {}),
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Writes a synthetic dataset with `bench/synthetic/generate.ts`. */
async function generate(size: string, out: string): Promise<void> {
  const args = ['bench/synthetic/generate.ts', '--size', size, '--out', out];
  const gen = await measureProcess(process.execPath, args, process.env, REPO_ROOT);
  if (gen.code !== 0) throw new Error(gen.stderr);
  console.log(gen.stdout.trim());
}

async function main(argv: string[]): Promise<void> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) args.set(String(argv[i]).replace(/^--/, ''), String(argv[i + 1]));
  const size = args.get('size') ?? 'small';
  const runs = Number(args.get('runs') ?? 3);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-import-bench-'));
  const datasetDir = args.get('data') ? path.resolve(args.get('data') as string) : path.join(tmp, 'dataset');
  try {
    if (!args.get('data')) await generate(size, datasetDir);
    ensureLocalNeo4jBuilt();
    const password = 'bench-password-1';
    const heap = args.get('heap') ?? '8g';
    const pageCache = args.get('pagecache') ?? '1g';
    const neo4j = await startLocalNeo4j({ dataDir: path.join(tmp, 'neo4j'), boltPort: await freePort(), password, heap, pageCache });
    console.log(`Neo4j at ${neo4j.uri} (heap ${heap}, page cache ${pageCache}); ${runs} run(s), alternating which import goes first.\n`);
    let result: ImportBenchResult;
    try {
      // A fresh Neo4j plans and compiles its statements on first use: a small unmeasured round
      // first, so that neither import pays for that.
      const warmupDir = size === 'small' ? datasetDir : path.join(tmp, 'warm-up');
      if (warmupDir !== datasetDir) await generate('small', warmupDir);
      const warm = await runImportBench({ boltUri: neo4j.uri, user: 'neo4j', password, datasetDir: warmupDir, size: 'small' });
      console.log(`warm-up (not counted): ratio ${warm.ratio.toFixed(2)}`);
      result = await runImportPairs({
        boltUri: neo4j.uri,
        user: 'neo4j',
        password,
        datasetDir,
        size,
        count: runs,
        log: (line) => console.log(line.includes('ratio') ? line : `  ${line}`),
      });
    } finally {
      await neo4j.stop();
    }
    console.log(
      `\nmedian of ${runs}: ours ${Math.round(result.ours.rowsPerSecond)} rows/s (${result.ours.seconds.toFixed(1)} s, ` +
        `peak RSS ${Math.round(result.ours.peakRssMb)} MB); raw ${Math.round(result.raw.rowsPerSecond)} rows/s ` +
        `(${result.raw.seconds.toFixed(1)} s, peak RSS ${Math.round(result.raw.peakRssMb)} MB); ratio ${result.ratio.toFixed(2)}`,
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
