/**
 * Viewer benchmark: in headless Chromium, how long the viewer takes from navigation to a laid-out,
 * interactive graph of 500, 2,000 and 5,000 entities, and the longest main-thread task on the way,
 * with the canvas and the WebGL renderer side by side.
 *
 *   node bench/src/viewerBench.ts [--quick] [--runs 3] [--sizes 500,2000,5000] [--trace] [--json file]
 *       [--web-root dir] [--trace-build dir]
 *
 * `--web-root` serves another build of the viewer (e.g. of an earlier commit) instead of dist/;
 * `--trace-build` names an unminified build with source maps (`vite build --minify false
 * --sourcemap true`) to trace instead of
 * building the working tree's.
 *
 * Standalone, it starts a throwaway local Neo4j (or uses NEO4J_URI, whose data it changes),
 * imports the generated networks (bench/fixtures/benchGraph.ts) through the real import path, and serves the
 * built viewer with the real API. `runViewerBench` runs the same measurements against any
 * server whose database holds those networks (see bench/fixtures/importBenchGraph.ts).
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { loadConfig, REPO_ROOT } from '../../api/src/config.ts';
import { ensureWebBuild } from '../../api/src/http/webBuild.ts';
import { launchChromium, startTestServer } from '../../test-utils/browser.ts';
import { openTestExecutor, startTestNeo4j } from '../../test-utils/testNeo4j.ts';
import { benchGraph } from '../fixtures/benchGraph.ts';
import { importBenchGraph } from '../fixtures/importBenchGraph.ts';
import { type BenchRenderer, measureViewerLoad, type ViewerBenchRun } from './measureViewerLoad.ts';
import { benchTable } from './viewerBenchTable.ts';
import { type LongTaskSummary, type ModuleOf, sourceOfLine, summarizeTrace, type TraceEvent } from './traceSummary.ts';

export type { BenchRenderer, ViewerBenchRun } from './measureViewerLoad.ts';

/** One size × renderer: the run figures as medians over the runs, and the runs themselves. */
export interface ViewerBenchCase extends Omit<ViewerBenchRun, 'marks'> {
  /** Nodes and edges in the graph the viewer drew. */
  nodes: number;
  edges: number;
  renderer: BenchRenderer;
  /** Whether the WebGL renderer drew (a live WebGL2 context), checked in the page. */
  webglUsed: boolean;
  runs: number;
  perRun: ViewerBenchRun[];
  /** With tracing: the trace file (loadable in DevTools' Performance panel) and its tasks over 200 ms. */
  trace?: { file: string; longTasks: LongTaskSummary[] };
}

/** What the benchmark measured. */
export interface ViewerBenchResult {
  chromium: string;
  /** The GPU behind WebGL as Chromium reports it (in headless Chromium without a GPU: SwiftShader, on the CPU). */
  webglRenderer: string | null;
  cases: ViewerBenchCase[];
}

/** Options of a benchmark run. */
export interface ViewerBenchOptions {
  baseUrl: string;
  /** 500 and 2,000 entities, one run each. */
  quick: boolean;
  /** Runs per case; default 3, or 1 when quick. */
  runs?: number;
  sizes?: readonly number[];
  /** One extra traced run per case, its trace saved in `dir`; `moduleOf` names the source module of a bundle line. */
  trace?: { dir: string; moduleOf?: ModuleOf };
  browser?: Browser;
  log?: (line: string) => void;
}

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const round = (x: number) => Math.round(x);

async function hasGraph(baseUrl: string, n: number): Promise<boolean> {
  const hub = benchGraph(n).hubs[0];
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id } }', variables: { id: hub } }),
  });
  const body = (await res.json()) as { data?: { entity: { id: string } | null } };
  return Boolean(body.data?.entity);
}

/**
 * Measures, for each size and renderer, the time from navigation to a laid-out graph that
 * answers a click, and the main-thread long tasks on the way; medians over `runs` loads, each in
 * a fresh browser context. The server's database must hold the benchmark networks
 * (`importBenchGraph`).
 */
export async function runViewerBench(opts: ViewerBenchOptions): Promise<ViewerBenchResult> {
  const sizes = opts.sizes ?? viewerBenchSizes(opts.quick);
  const runs = opts.runs ?? (opts.quick ? 1 : 3);
  const log = opts.log ?? (() => {});
  for (const n of sizes) {
    if (!(await hasGraph(opts.baseUrl, n))) {
      throw new Error(
        `The server at ${opts.baseUrl} does not hold the benchmark network of ${n} entities: import it with ` +
          'importBenchGraph(executor, n) (bench/fixtures/importBenchGraph.ts), or run `node bench/src/viewerBench.ts`, ' +
          'which starts its own Neo4j and server.',
      );
    }
  }
  const browser = opts.browser ?? (await launchChromium());
  const renderers: BenchRenderer[] = ['canvas', 'webgl'];
  const results = new Map<string, Awaited<ReturnType<typeof measureViewerLoad>>[]>();
  let webglRenderer: string | null = null;
  try {
    // A first load per size warms the server (query plans) and the browser; it is not counted.
    for (const n of sizes) await measureViewerLoad(browser, opts.baseUrl, n, 'webgl');
    // Runs are interleaved, so a slow moment of a shared machine does not fall on one case only.
    for (let run = 0; run < runs; run++) {
      for (const n of sizes) {
        for (const renderer of renderers) {
          const r = await measureViewerLoad(browser, opts.baseUrl, n, renderer);
          webglRenderer ??= r.webglRenderer;
          results.set(`${n}/${renderer}`, [...(results.get(`${n}/${renderer}`) ?? []), r]);
          log(
            `run ${run + 1}/${runs}  ${n} ${renderer}: ${r.run.msToInteractive} ms to interactive, longest task ${r.run.longestTaskMs} ms, ${r.run.longTasks} long tasks`,
          );
        }
      }
    }
    const cases: ViewerBenchCase[] = [];
    for (const n of sizes) {
      for (const renderer of renderers) {
        const all = results.get(`${n}/${renderer}`) ?? [];
        const perRun = all.map((r) => r.run);
        const m = (key: keyof Omit<ViewerBenchRun, 'marks'>) => round(median(perRun.map((r) => r[key])));
        const c: ViewerBenchCase = {
          nodes: all[0]?.nodes ?? 0,
          edges: all[0]?.edges ?? 0,
          renderer,
          webglUsed: all.every((r) => r.webglUsed),
          runs: all.length,
          msToInteractive: m('msToInteractive'),
          longestTaskMs: m('longestTaskMs'),
          longTasks: m('longTasks'),
          tasksOver200ms: m('tasksOver200ms'),
          totalBlockingTimeMs: m('totalBlockingTimeMs'),
          clickToDetailsMs: m('clickToDetailsMs'),
          clickLongestTaskMs: m('clickLongestTaskMs'),
          perRun,
        };
        if (opts.trace) {
          const file = path.join(opts.trace.dir, `viewer-${n}-${renderer}.trace.json`);
          await measureViewerLoad(browser, opts.baseUrl, n, renderer, file);
          const events = (JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
          c.trace = { file, longTasks: summarizeTrace(events, { thresholdMs: 200, moduleOf: opts.trace.moduleOf }) };
          log(`traced ${n} ${renderer}: ${c.trace.longTasks.length} tasks over 200 ms (${file})`);
        }
        cases.push(c);
      }
    }
    return { chromium: browser.version(), webglRenderer, cases };
  } finally {
    if (!opts.browser) await browser.close();
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Which module each line of a build's scripts came from, from their source maps. */
async function modulesOf(dir: string): Promise<ModuleOf> {
  const lines = new Map<string, (line: number) => string | undefined>();
  for (const name of await readdir(path.join(dir, 'assets'))) {
    if (name.endsWith('.js.map')) {
      lines.set(name.slice(0, -'.map'.length), sourceOfLine(JSON.parse(await readFile(path.join(dir, 'assets', name), 'utf8'))));
    }
  }
  return (url, line) => lines.get(url.replace(/^.*\//, ''))?.(line);
}

/** Builds the viewer unminified, with source maps, into a temporary folder, for traces whose functions keep their names. */
async function readableBuild(): Promise<{ dir: string; moduleOf: ModuleOf; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-viewer-trace-build-'));
  const vite = path.join(REPO_ROOT, 'node_modules', '.bin', 'vite');
  const args = ['build', '--logLevel', 'error', '--minify', 'false', '--sourcemap', 'true', '--outDir', dir];
  const built = spawnSync(vite, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the unminified Vite build failed');
  return { dir, moduleOf: await modulesOf(dir), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A throwaway Neo4j holding the benchmark networks, the built viewer served with the real API, and a browser. */
export interface ViewerBenchServer {
  db: ReturnType<typeof openTestExecutor>;
  baseUrl: string;
  browser: Browser;
}

/**
 * Starts a throwaway local Neo4j (or uses NEO4J_URI, whose data it changes), imports the
 * networks of the given sizes through the real import path, serves the built viewer (or
 * `webRoot`) with the real API, launches Chromium, runs `work`, and stops everything.
 */
export async function withViewerBenchServer<T>(
  opts: { sizes: readonly number[]; webRoot?: string; log: (line: string) => void },
  work: (server: ViewerBenchServer, cleanups: (() => Promise<void>)[]) => Promise<T>,
): Promise<T> {
  const { log } = opts;
  log('Starting Neo4j for the viewer benchmark…');
  const neo4j = await startTestNeo4j();
  const db = openTestExecutor(neo4j.target);
  const cleanups: (() => Promise<void>)[] = [() => db.close(), () => neo4j.stop()];
  try {
    for (const n of opts.sizes) {
      log(`Importing the network of ${n} entities…`);
      await importBenchGraph(db.executor, n);
    }
    if (!opts.webRoot) ensureWebBuild(loadConfig().webRoot, log);
    const server = await startTestServer(db, opts.webRoot ? { webRoot: opts.webRoot } : {});
    cleanups.unshift(() => server.stop());
    const browser = await launchChromium();
    cleanups.unshift(() => browser.close());
    return await work({ db, baseUrl: server.base, browser }, cleanups);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  }
}

/** The default sizes: 500 and 2,000 entities for a quick run, and 5,000 besides for a full one. */
export const viewerBenchSizes = (quick: boolean): number[] => (quick ? [500, 2000] : [500, 2000, 5000]);

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes =
    arg('sizes')
      ?.split(',')
      .map(Number)
      .filter((n) => n > 0) ?? viewerBenchSizes(quick);
  const runs = arg('runs') ? Number(arg('runs')) : undefined;
  const log = (line: string) => console.error(line);
  const webRoot = arg('web-root');
  await withViewerBenchServer(
    { sizes, log, ...(webRoot ? { webRoot: path.resolve(webRoot) } : {}) },
    async ({ db, baseUrl, browser }, cleanups) => {
      const result = await runViewerBench({ baseUrl, quick, sizes, runs, browser, log });
      if (process.argv.includes('--trace')) {
        // Traces come from an unminified build on a second server, so that functions keep their names.
        const given = arg('trace-build');
        const build = given
          ? { dir: path.resolve(given), moduleOf: await modulesOf(path.resolve(given)), remove: async () => {} }
          : await readableBuild();
        cleanups.push(() => build.remove());
        const traced = await startTestServer(db, { webRoot: build.dir });
        cleanups.unshift(() => traced.stop());
        const dir = path.join(REPO_ROOT, '.bench');
        await mkdir(dir, { recursive: true });
        const t = await runViewerBench({
          baseUrl: traced.base,
          quick,
          sizes,
          runs: 0,
          browser,
          log,
          trace: { dir, moduleOf: build.moduleOf },
        });
        result.cases.forEach((c, i) => (c.trace = t.cases[i]?.trace));
      }
      console.log(`Chromium ${result.chromium}; WebGL on ${result.webglRenderer ?? 'n/a'}\n`);
      console.log(benchTable(result));
      for (const c of result.cases) {
        for (const task of c.trace?.longTasks ?? []) {
          console.log(`\n${c.nodes} nodes, ${c.renderer}: task of ${task.durationMs} ms at ${task.startMs} ms (${c.trace?.file})`);
          console.log(`  events:    ${task.events.map((e) => `${e.name} ${e.ms}`).join('; ')}`);
          console.log(`  functions: ${task.functions.map((e) => `${e.name} ${e.ms}`).join('; ')}`);
          console.log(`  modules:   ${task.modules.map((e) => `${e.name} ${e.ms}`).join('; ')}`);
          console.log(`  viewer:    ${task.viewerCalls.map((e) => `${e.name} ${e.ms}`).join('; ')}`);
        }
      }
      const json = arg('json');
      if (json) await writeFile(json, JSON.stringify(result, null, 2));
    },
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
