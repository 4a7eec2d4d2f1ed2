import type { ApiBenchResult } from './apiBench.ts';
import type { BenchArgs, BenchSize, LoadSettings } from './benchArgs.ts';
import type { ImportBenchResult } from './importBench.ts';
import type { MachineInfo } from './machineInfo.ts';
import type { PeerBenchResult } from './peerBench.ts';
import type { ViewerBenchResult } from './viewerBench.ts';

/** What was measured on one dataset. */
export interface SizeResult {
  readonly size: BenchSize;
  readonly dataset: {
    /** Where it came from: the seed folder, the generator's arguments, or a folder given. */
    readonly origin: string;
    readonly nodes: number;
    readonly relationships: number;
  };
  /**
   * Seconds the product's import took on the empty database: in this process for the seed; for a
   * generated dataset, the whole `npm run import` process (as in `importBench.ours`).
   */
  readonly importSeconds: number;
  /** For a generated dataset: the product's import against the raw UNWIND baseline, on the same store. */
  readonly importBench?: ImportBenchResult;
  readonly api: ApiBenchResult;
  /** This API against the Neo4j GraphQL Library on the same store (the seed only in a quick run). */
  readonly peer?: PeerBenchResult;
}

/** One target of the issue, checked against the figures. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** Null when the runs needed to check it were not made (e.g. no 1M dataset). */
  readonly met: boolean | null;
}

/** Everything one `npm run bench` measured: written as JSON and rendered into BENCHMARKS.md. */
export interface BenchResults {
  readonly version: 1;
  /** When the run started, ISO 8601. */
  readonly date: string;
  readonly command: string;
  readonly quick: boolean;
  readonly machine: MachineInfo;
  readonly neo4j: { readonly heap: string; readonly pageCache: string };
  readonly settings: LoadSettings & Pick<BenchArgs, 'seed'>;
  readonly sizes: readonly SizeResult[];
  /** The viewer in headless Chromium, on its own generated networks (absent with --no-viewer or --only). */
  readonly viewer?: ViewerBenchResult;
  readonly targets: readonly TargetCheck[];
}
