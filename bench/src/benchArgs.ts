/** The dataset sizes the benchmark knows: the curated seed, and the generator's three. */
export const BENCH_SIZES = ['seed', 'small', 'medium', 'large'] as const;

/** One of the dataset sizes. */
export type BenchSize = (typeof BENCH_SIZES)[number];

/** What `npm run bench` was asked to do. */
export interface BenchArgs {
  /** A smoke run: short runs, seed and small only, results to quick.json, BENCHMARKS.md untouched. */
  readonly quick: boolean;
  /** Measure nothing: check and render bench/results/latest.json into BENCHMARKS.md again. */
  readonly renderOnly: boolean;
  /** Skip the viewer in headless Chromium (it is skipped with --only too). */
  readonly noViewer: boolean;
  /** Skip the Neo4j GraphQL Library peer (it is skipped with --only too, unless `peer` is named). */
  readonly noPeer: boolean;
  readonly sizes: readonly BenchSize[];
  /** Measured runs per operation and side; the tables show their medians. */
  readonly runs: number;
  /** Seconds each run drives the operation (unless `requests` is given). */
  readonly seconds: number;
  /** Requests per run instead of a duration: quick runs use it, so that no run can end empty on a busy machine. */
  readonly requests?: number;
  /** Concurrent connections of the load generator. */
  readonly connections: number;
  /** Seconds of unrecorded load per operation and side first; 0 sends a few requests instead. */
  readonly warmupSeconds: number;
  /** The generator's seed, so that every run measures the same data. */
  readonly seed: number;
  /** Datasets to use instead of generating them, by size. */
  readonly datasets: Readonly<Partial<Record<BenchSize, string>>>;
  /** Only these operations (keys of `benchOperations`), for profiling; all when absent. */
  readonly only?: readonly string[];
  /** Write V8 CPU profiles of both servers into this folder (`node --cpu-prof`): the API's in `api/`, the baseline's in `raw/`. */
  readonly cpuProfileDir?: string;
}

/** How hard and how long each operation is driven: the API section takes these, and the results record them. */
export type LoadSettings = Pick<BenchArgs, 'runs' | 'seconds' | 'requests' | 'connections' | 'warmupSeconds'>;

/** The load settings of a command line (`requests` only when given). */
export function loadSettingsOf(args: BenchArgs): LoadSettings {
  return {
    runs: args.runs,
    seconds: args.seconds,
    ...(args.requests ? { requests: args.requests } : {}),
    connections: args.connections,
    warmupSeconds: args.warmupSeconds,
  };
}

/** How to call it; printed with any argument error. */
export const BENCH_USAGE = `Usage: npm run bench -- [--quick | --render-only] [--sizes seed,small,medium,large] [--no-viewer] [--no-peer] [--runs 5] [--seconds 6 | --requests 100]
                       [--connections 16] [--warmup 3] [--seed 1] [--dataset small=path/to/dir]
                       [--only entity,searchTh,peer] [--cpu-prof dir]`;

function whole(name: string, raw: string | undefined, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}.`);
  return value;
}

/** Parses the command line (after `--`); throws with a clear message on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const quick = argv.includes('--quick');
  const renderOnly = argv.includes('--render-only');
  const noViewer = argv.includes('--no-viewer');
  const noPeer = argv.includes('--no-peer');
  const values = new Map<string, string>();
  const datasets: Partial<Record<BenchSize, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--quick' || arg === '--render-only' || arg === '--no-viewer' || arg === '--no-peer') continue;
    const name = arg.replace(/^--/, '');
    const value = argv[i + 1];
    if (!arg.startsWith('--') || value === undefined || value.startsWith('--')) throw new Error(`Unexpected argument ${arg}.`);
    i += 1;
    if (name === 'dataset') {
      const [size, dir] = value.split(/=(.*)/s);
      if (!BENCH_SIZES.includes(size as BenchSize) || size === 'seed' || !dir) {
        throw new Error('--dataset takes size=folder, with size small, medium or large.');
      }
      datasets[size as BenchSize] = dir;
    } else if (['sizes', 'runs', 'seconds', 'requests', 'connections', 'warmup', 'seed', 'only', 'cpu-prof'].includes(name)) {
      values.set(name, value);
    } else throw new Error(`Unknown option --${name}.`);
  }
  const sizes = (values.get('sizes') ?? (quick ? 'seed,small' : BENCH_SIZES.join(','))).split(',').map((s) => s.trim());
  for (const size of sizes) {
    if (!BENCH_SIZES.includes(size as BenchSize)) throw new Error(`Unknown size "${size}"; the sizes are ${BENCH_SIZES.join(', ')}.`);
  }
  const only = values
    .get('only')
    ?.split(',')
    .map((s) => s.trim());
  const cpuProfileDir = values.get('cpu-prof');
  const requests = values.get('requests') ?? (quick ? '100' : undefined);
  return {
    quick,
    renderOnly,
    noViewer,
    noPeer,
    sizes: sizes as BenchSize[],
    // Five short runs rather than three long ones: the median then shrugs off a burst of other work.
    runs: whole('runs', values.get('runs') ?? (quick ? '1' : '5'), 1, 20),
    // A quick run (100 requests per run) checks that every operation answers; 4 connections keep it light on a busy machine.
    seconds: whole('seconds', values.get('seconds') ?? (quick ? '3' : '6'), 1, 120),
    connections: whole('connections', values.get('connections') ?? (quick ? '4' : '16'), 1, 256),
    warmupSeconds: whole('warmup', values.get('warmup') ?? (quick ? '0' : '3'), 0, 60),
    seed: whole('seed', values.get('seed') ?? '1', 0, 2 ** 31 - 1),
    datasets,
    ...(requests !== undefined ? { requests: whole('requests', requests, 1, 1_000_000) } : {}),
    ...(only ? { only } : {}),
    ...(cpuProfileDir ? { cpuProfileDir } : {}),
  };
}
