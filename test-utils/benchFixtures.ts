import type { OperationResult } from '../scripts/bench/apiBench.ts';
import type { SizeResult } from '../scripts/bench/benchResults.ts';

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
