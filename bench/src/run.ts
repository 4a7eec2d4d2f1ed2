/**
 * `npm run bench`: measures the API on a local Neo4j, one fresh store per dataset size, and
 * writes the figures as JSON (bench/results/latest.json) and as tables in BENCHMARKS.md
 * (between the bench markers): for each generated dataset the import against a raw UNWIND
 * baseline, the API against raw neo4j-driver, then the viewer in headless Chromium. `--quick` is the smoke run for CI: seed and 10k only, short
 * runs, results in bench/results/quick.json, BENCHMARKS.md untouched. Exits non-zero on any
 * failed request, GraphQL error or round-trip count other than 1 (after writing what it measured,
 * the failed operations marked); never on timings.
 *
 *   npm run bench [-- --quick] [-- --sizes seed,small,medium,large] [-- --render-only] (see BENCH_USAGE)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig, REPO_ROOT } from '../../api/src/config.ts';
import { ensureLocalNeo4jBuilt } from '../../api/src/db/localNeo4j.ts';
import { ensureWebBuild } from '../../api/src/http/webBuild.ts';
import { runApiBench } from './apiBench.ts';
import { BENCH_USAGE, type BenchArgs, loadSettingsOf, parseBenchArgs } from './benchArgs.ts';
import type { BenchResults, SizeResult } from './benchResults.ts';
import { evaluateTargets } from './evaluateTargets.ts';
import { hasGenerator } from './generateDataset.ts';
import { machineInfo } from './machineInfo.ts';
import { type PeerBenchResult, runPeerBench } from './peerBench.ts';
import { peerTable } from './peerTable.ts';
import { BENCH_NEO4J, type PreparedDataset, prepareDataset } from './prepareDataset.ts';
import { renderBenchSection, replaceBenchSection } from './renderBenchSection.ts';
import type { ViewerBenchResult } from './viewerBench.ts';

const started = performance.now();
/** Prints a line with the seconds since the start. */
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** Whether the library peer runs on a size: not with --no-peer or --only (unless `peer` is named), the seed only when quick. */
function measuresPeer(size: string, args: BenchArgs): boolean {
  if (args.noPeer || (args.only && !args.only.includes('peer'))) return false;
  return !args.quick || size === 'seed';
}

/** Measures a prepared dataset with the API section (and the library peer), then stops its Neo4j. */
async function measure(prepared: PreparedDataset, args: BenchArgs): Promise<SizeResult> {
  try {
    log(`${prepared.size}: measuring the API…`);
    const api = await runApiBench({
      boltUri: prepared.boltUri,
      user: prepared.user,
      password: prepared.password,
      ...loadSettingsOf(args),
      log: (line) => log(`${prepared.size}: ${line.trim()}`),
      ...(args.only ? { only: args.only } : {}),
      ...(args.cpuProfileDir ? { cpuProfileDir: path.resolve(args.cpuProfileDir, prepared.size) } : {}),
    });
    let peer: PeerBenchResult | undefined;
    let peerFailure: string | undefined;
    if (measuresPeer(prepared.size, args)) {
      log(`${prepared.size}: measuring the API against the Neo4j GraphQL Library…`);
      try {
        peer = await runPeerBench({
          boltUri: prepared.boltUri,
          user: prepared.user,
          password: prepared.password,
          ...(prepared.neo4jPid ? { neo4jPid: prepared.neo4jPid } : {}),
          ...loadSettingsOf(args),
          // Three runs per side, as the issue measured them.
          runs: Math.min(args.runs, 3),
          log: (line) => log(`${prepared.size}: ${line.trim()}`),
        });
      } catch (error) {
        // The API's figures stand; the run still ends as failed once they are written.
        peerFailure = error instanceof Error ? error.message : String(error);
        log(`${prepared.size}: peer: FAILED: ${peerFailure}`);
      }
    }
    return {
      size: prepared.size,
      dataset: prepared.dataset,
      importSeconds: prepared.importSeconds,
      ...(prepared.importBench ? { importBench: prepared.importBench } : {}),
      api,
      ...(peer ? { peer } : {}),
      ...(peerFailure ? { peerFailure } : {}),
    };
  } finally {
    await prepared.close();
  }
}

/**
 * Every size in turn. A full run prepares each dataset only after the previous one is measured,
 * so that nothing else runs during a measurement; a quick run, where timings do not count,
 * prepares the next dataset while the current one is measured.
 */
async function measureAll(args: BenchArgs): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  if (!args.quick) {
    for (const size of args.sizes) results.push(await measure(await prepareDataset(size, args, log), args));
    return results;
  }
  let next: Promise<PreparedDataset> | undefined;
  try {
    for (const [i, size] of args.sizes.entries()) {
      const current = await (next ?? prepareDataset(size, args, log));
      const following = args.sizes[i + 1];
      next = following ? prepareDataset(following, args, log) : undefined;
      // Keep a failed preparation from being reported as unhandled before it is awaited.
      next?.catch(() => {});
      results.push(await measure(current, args));
    }
    return results;
  } catch (error) {
    await next?.then((p) => p.close()).catch(() => {});
    throw error;
  }
}

/** The longest the viewer benchmark may take before it counts as failed. */
const VIEWER_TIME_LIMIT_MS = 10 * 60_000;

/**
 * The viewer in headless Chromium, on its own Neo4j holding the generated networks (500 to 5,000
 * entities): `bench/src/viewerBench.ts` in a process of its own, with a time limit, so that
 * whatever happens in the browser cannot take the API and import figures down with it.
 */
async function measureViewer(args: BenchArgs): Promise<ViewerBenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-viewer-'));
  const json = path.join(dir, 'viewer.json');
  try {
    const argv = ['bench/src/viewerBench.ts', '--json', json, ...(args.quick ? ['--quick'] : [])];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      const timer = setTimeout(() => child.kill('SIGKILL'), VIEWER_TIME_LIMIT_MS);
      createInterface({ input: child.stderr }).on('line', (line) => {
        if (line.trim() !== '' && !line.startsWith('npm warn')) log(`viewer: ${line}`);
      });
      child.once('error', reject);
      child.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    if (code !== 0) throw new Error(`the viewer benchmark failed (exit code ${code}); its output is above`);
    return JSON.parse(readFileSync(json, 'utf8')) as ViewerBenchResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The longest the flood benchmark may take before it counts as failed. */
const FLOOD_TIME_LIMIT_MS = 10 * 60_000;

/**
 * The flood benchmark (`bench/src/floodBench.ts`) on this checkout, in a process of its own with a
 * Neo4j of its own: a reader's search while four clients flood the API with aliased depth-3
 * neighbourhoods. Its table goes to the log, its figures to `results/flood.json`; BENCHMARKS.md's
 * section on it is written by hand (it compares checkouts side by side).
 */
async function measureFlood(args: BenchArgs): Promise<void> {
  const json = path.join(REPO_ROOT, 'bench', 'results', 'flood.json');
  const argv = ['bench/src/floodBench.ts', '--seed', String(args.seed), '--json', json];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), FLOOD_TIME_LIMIT_MS);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (line.trim() !== '' && !line.startsWith('npm warn')) log(`flood: ${line}`);
      });
    }
    child.once('error', reject);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  if (code !== 0) throw new Error(`the flood benchmark failed (exit code ${code}); its output is above`);
}

/**
 * Writes the results as JSON and, for a full run, into BENCHMARKS.md; prints the target checks. A
 * quick run writes `quick.json`, a partial one (`--only`) `only.json`: neither replaces the full
 * run's figures, in `latest.json` and BENCHMARKS.md.
 */
function publish(results: BenchResults, partial = false): void {
  const outDir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, results.quick ? 'quick.json' : partial ? 'only.json' : 'latest.json');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote ${path.relative(REPO_ROOT, json)}.`);
  if (!results.quick && !partial) {
    const doc = path.join(REPO_ROOT, 'BENCHMARKS.md');
    writeFileSync(doc, replaceBenchSection(readFileSync(doc, 'utf8'), renderBenchSection(results)));
    log('Updated BENCHMARKS.md.');
  }
  log('This API against the Neo4j GraphQL Library (req/s ratio, ours ÷ library):');
  for (const line of peerTable(results.sizes)) if (line.startsWith('|')) console.log(line);
  for (const t of results.targets) log(`  ${t.met === null ? '–' : t.met ? '✓' : '✗'} ${t.target}: ${t.measured}`);
}

async function main(): Promise<void> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${BENCH_USAGE}`);
    process.exit(2);
  }
  if (args.renderOnly) {
    // The figures of the last full run, checked and rendered again (after a change to the tables).
    const last = JSON.parse(readFileSync(path.join(REPO_ROOT, 'bench', 'results', 'latest.json'), 'utf8')) as BenchResults;
    publish({ ...last, targets: evaluateTargets(last.sizes, last.viewer) });
    return;
  }
  const toGenerate = args.sizes.filter((size) => size !== 'seed' && !args.datasets[size]);
  if (toGenerate.length > 0 && !hasGenerator()) {
    throw new Error(
      `The ${toGenerate.join(', ')} dataset(s) need the generator (npm run generate), which this checkout does not have; ` +
        `pass --dataset ${toGenerate[0]}=<folder> or --sizes seed.`,
    );
  }
  const date = new Date().toISOString();
  const machine = machineInfo();
  ensureLocalNeo4jBuilt(log);
  ensureWebBuild(loadConfig().webRoot, log);
  const sizes = await measureAll(args);
  // After the API runs, so that nothing else runs during them.
  let viewer: ViewerBenchResult | undefined;
  let viewerFailure: string | undefined;
  if (!args.noViewer && !args.only) {
    viewer = await measureViewer(args).catch((error: unknown) => {
      viewerFailure = error instanceof Error ? error.message : String(error);
      log(`viewer: FAILED: ${viewerFailure}`);
      return undefined;
    });
  }
  // Last, and only in a full run: it starts a Neo4j of its own and takes about two minutes.
  let floodFailure: string | undefined;
  if (!args.quick && !args.only) {
    await measureFlood(args).catch((error: unknown) => {
      floodFailure = error instanceof Error ? error.message : String(error);
      log(`flood: FAILED: ${floodFailure}`);
    });
  }
  publish(
    {
      version: 1,
      date,
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
      quick: args.quick,
      machine,
      neo4j: BENCH_NEO4J,
      settings: { ...loadSettingsOf(args), seed: args.seed },
      sizes,
      ...(viewer ? { viewer } : {}),
      targets: evaluateTargets(sizes, viewer),
    },
    Boolean(args.only),
  );
  const failed = sizes.flatMap((s) => s.api.operations.filter((o) => o.failure).map((o) => `${s.size}: ${o.label}: ${o.failure}`));
  for (const s of sizes) if (s.peerFailure) failed.push(`${s.size}: the Neo4j GraphQL Library peer: ${s.peerFailure}`);
  if (viewerFailure) failed.push(`viewer: ${viewerFailure}`);
  if (floodFailure) failed.push(`flood: ${floodFailure}`);
  if (failed.length > 0) throw new Error(`${failed.length} measurement(s) failed:\n  ${failed.join('\n  ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
