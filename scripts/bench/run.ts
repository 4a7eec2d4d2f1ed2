/**
 * `npm run bench`: measures the API on a local Neo4j, one fresh store per dataset size, and
 * writes the figures as JSON (bench/results/latest.json) and as tables in BENCHMARKS.md
 * (between the bench markers). `--quick` is the smoke run for CI: seed and 10k only, short
 * runs, results in bench/results/quick.json, BENCHMARKS.md untouched. Exits non-zero on any
 * failed request, GraphQL error or round-trip count other than 1; never on timings.
 *
 *   npm run bench [-- --quick] [-- --sizes seed,small,medium,large] (see BENCH_USAGE)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, REPO_ROOT } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { Executor } from '../../api/src/db/executor.ts';
import { ensureLocalNeo4jBuilt, freePort, startLocalNeo4j } from '../../api/src/db/localNeo4j.ts';
import { applySchema } from '../../api/src/db/migrations.ts';
import { loadQueryRegistry } from '../../api/src/db/queryRegistry.ts';
import { ensureWebBuild } from '../../api/src/http/webBuild.ts';
import { importPath } from '../../api/src/ingest/importDataset.ts';
import { runApiBench } from './apiBench.ts';
import { BENCH_USAGE, type BenchArgs, type BenchSize, parseBenchArgs } from './benchArgs.ts';
import type { BenchResults, SizeResult } from './benchResults.ts';
import { evaluateTargets } from './evaluateTargets.ts';
import { generateDataset } from './generateDataset.ts';
import { machineInfo } from './machineInfo.ts';
import { renderBenchSection, replaceBenchSection } from './renderBenchSection.ts';

/** The same store settings for every size, so that only the data changes along the curve. */
const NEO4J = { heap: '4g', pageCache: '2g' } as const;
const PASSWORD = 'bench-password';
const log = (line: string) => console.log(line);

/** The folder to import for a size: the seed, a folder given on the command line, or generated (cached in .data/bench/). */
async function datasetFor(size: BenchSize, args: BenchArgs): Promise<{ dir: string; origin: string }> {
  if (size === 'seed') return { dir: loadConfig().seedPath, origin: 'data/seed' };
  const given = args.datasets[size];
  if (given) return { dir: path.resolve(given), origin: given };
  const dir = path.join(REPO_ROOT, '.data', 'bench', `${size}-seed${args.seed}`);
  mkdirSync(dir, { recursive: true });
  await generateDataset(size, args.seed, dir, log);
  return { dir, origin: `npm run generate -- --size ${size} --seed ${args.seed}` };
}

/** One dataset size: a fresh Neo4j, the schema, the import, then the API section. */
async function benchSize(size: BenchSize, args: BenchArgs): Promise<SizeResult> {
  const { dir, origin } = await datasetFor(size, args);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `kg-bench-${size}-`));
  log(`\n${size}: starting a fresh Neo4j (heap ${NEO4J.heap}, page cache ${NEO4J.pageCache})…`);
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: await freePort(), password: PASSWORD, ...NEO4J });
  const login = { boltUri: neo4j.uri, user: 'neo4j', password: PASSWORD };
  const driver = createDriver(login.boltUri, login.user, login.password);
  try {
    const executor = new Executor(driver, loadQueryRegistry(), { database: undefined, timeoutMs: 600_000 });
    await applySchema(executor);
    log(`  importing ${origin}…`);
    const started = performance.now();
    // The product's import (what `npm run import` runs), in this process.
    await importPath(executor, dir);
    const importSeconds = (performance.now() - started) / 1000;
    const [counts] = await executor.read('countNodes');
    const dataset = { origin, nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) };
    if (dataset.nodes === 0) throw new Error(`The import of ${origin} left the database empty.`);
    log(`  ${dataset.nodes} entities, ${dataset.relationships} relationships, imported in ${importSeconds.toFixed(1)} s`);
    const api = await runApiBench({
      ...login,
      runs: args.runs,
      seconds: args.seconds,
      connections: args.connections,
      warmupSeconds: args.warmupSeconds,
      log,
      ...(args.only ? { only: args.only } : {}),
      ...(args.cpuProfileDir ? { cpuProfileDir: path.resolve(args.cpuProfileDir, size) } : {}),
    });
    return { size, dataset, importSeconds, api };
  } finally {
    await driver.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${BENCH_USAGE}`);
    process.exit(2);
  }
  const date = new Date().toISOString();
  const machine = machineInfo();
  ensureLocalNeo4jBuilt(log);
  ensureWebBuild(loadConfig().webRoot, log);
  const sizes: SizeResult[] = [];
  for (const size of args.sizes) sizes.push(await benchSize(size, args));

  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const results: BenchResults = {
    version: 1,
    date,
    command,
    quick: args.quick,
    machine,
    neo4j: NEO4J,
    settings: { runs: args.runs, seconds: args.seconds, connections: args.connections, warmupSeconds: args.warmupSeconds, seed: args.seed },
    sizes,
    targets: evaluateTargets(sizes),
  };
  const outDir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, args.quick ? 'quick.json' : 'latest.json');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote ${path.relative(REPO_ROOT, json)}.`);
  if (!args.quick) {
    const doc = path.join(REPO_ROOT, 'BENCHMARKS.md');
    writeFileSync(doc, replaceBenchSection(readFileSync(doc, 'utf8'), renderBenchSection(results)));
    log('Updated BENCHMARKS.md.');
  }
  for (const t of results.targets) log(`  ${t.met === null ? '–' : t.met ? '✓' : '✗'} ${t.target}: ${t.measured}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
