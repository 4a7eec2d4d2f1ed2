import type { OperationResult } from '../scripts/bench/apiBench.ts';
import type { SizeResult } from '../scripts/bench/benchResults.ts';
import type { ImportBenchResult } from '../scripts/bench/importBench.ts';
import type { ViewerBenchResult } from '../scripts/bench/viewerBench.ts';

/** A benchmarked operation whose API side takes `ours` ms at p50 and serves `oursRps`, against a raw side of 10 ms and 1000/s. */
export function benchOperation(key: string, ours: number, oursRps: number, roundTrips = 1): OperationResult {
  const side = (p50: number, rps: number) => ({ runs: [], p50, p99: p50 * 2, rps, cpuMsPerRequest: 1 });
  return {
    key,
    label: key,
    args: '',
    queries: Array.from({ length: roundTrips }, () => 'q'),
    roundTripsUnderLoad: roundTrips,
    ours: side(ours, oursRps),
    raw: side(10, 1000),
    p50Ratio: ours / 10,
    p99Ratio: ours / 10,
    rpsRatio: oursRps / 1000,
    loadAverage: 1.5,
  };
}

/** The results of one benchmarked dataset size with the given operations. */
export function benchSize(name: SizeResult['size'], operations: OperationResult[]): SizeResult {
  const memory = { apiIdleRssBytes: 1, apiPeakRssBytes: 2, apiHwmBytes: 3, rawPeakRssBytes: 4 };
  return {
    size: name,
    dataset: { origin: name, nodes: 10, relationships: 20 },
    importSeconds: 1,
    api: { samples: {} as never, operations, memory },
  };
}

/** An import benchmark of `rows` rows where ours takes `oursSeconds` and the raw baseline `rawSeconds`. */
export function benchImport(
  rows: number,
  oursSeconds: number,
  rawSeconds: number,
  peakRssMb: number,
  inputBytes: number,
): ImportBenchResult {
  const run = (seconds: number, rss: number) => ({
    nodes: rows / 4,
    relationships: (rows * 3) / 4,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    peakRssMb: rss,
  });
  return { size: 'large', inputBytes, ours: run(oursSeconds, peakRssMb), raw: run(rawSeconds, 100), ratio: rawSeconds / oursSeconds };
}

/** A viewer benchmark of one size on both renderers, with the given longest task on WebGL. */
export function viewerResult(nodes: number, webglLongestTaskMs: number): ViewerBenchResult {
  const c = (renderer: 'canvas' | 'webgl', longest: number) => ({
    nodes,
    edges: nodes * 2,
    renderer,
    webglUsed: renderer === 'webgl',
    runs: 1,
    msToInteractive: 1000,
    longestTaskMs: longest,
    longTasks: 1,
    tasksOver200ms: longest > 200 ? 1 : 0,
    totalBlockingTimeMs: Math.max(0, longest - 50),
    clickToDetailsMs: 100,
    clickLongestTaskMs: 60,
    perRun: [],
  });
  return { chromium: '1.0', webglRenderer: 'Test GL', cases: [c('canvas', 150), c('webgl', webglLongestTaskMs)] };
}
