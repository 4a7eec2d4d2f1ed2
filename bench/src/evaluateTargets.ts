import type { SizeResult, TargetCheck } from './benchResults.ts';
import type { ViewerBenchResult } from './viewerBench.ts';

/** The operations whose overhead the issue bounds. */
const OVERHEAD_OPERATIONS = ['entity', 'searchTh', 'searchEn'];
/** The operations that must not slow down between the 10k and the 1M dataset. */
const SCALING_OPERATIONS = [
  { key: 'entity', label: 'entity detail' },
  { key: 'neighborhood1', label: 'neighbourhood, depth 1' },
];

/** The bound on each operation's p50 against the bare-driver server: entity detail's is tighter. */
const MAX_P50_RATIO: Readonly<Record<string, number>> = { entity: 1.2, searchTh: 1.3, searchEn: 1.3 };
const MIN_RPS_RATIO = 0.75;
const MAX_SCALING_RATIO = 1.5;
const MIN_IMPORT_RATIO = 0.9;
/** Requests/s against the Neo4j GraphQL Library on every peer operation of the seed and the 10k, and the floor anywhere. */
const MIN_PEER_RATIO = 2;
const PEER_FLOOR = 1.5;
const PEER_SIZES = ['seed', 'small'];
/** The viewer's bound on any main-thread task while a big graph loads, and the size it applies to. */
const MAX_TASK_MS = 200;
const VIEWER_NODES = 5_000;

/**
 * Checks the targets against the figures: import throughput and memory, API overhead,
 * round trips, scaling, and the viewer's longest task.
 */
export function evaluateTargets(sizes: readonly SizeResult[], viewer?: ViewerBenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const size of sizes) {
    const bench = size.importBench;
    if (!bench) continue;
    checks.push({
      target: `import (${size.size}): rows/s ratio to the raw UNWIND baseline ≥ ${MIN_IMPORT_RATIO}`,
      measured: bench.ratio.toFixed(3),
      met: bench.ratio >= MIN_IMPORT_RATIO,
    });
  }
  // An import that held its input would grow by at least as much as the input does.
  const medium = sizes.find((s) => s.size === 'medium')?.importBench;
  const large = sizes.find((s) => s.size === 'large')?.importBench;
  const growth =
    medium && large ? { rss: large.ours.peakRssMb - medium.ours.peakRssMb, input: (large.inputBytes - medium.inputBytes) / 1e6 } : null;
  checks.push({
    target: 'import: streamed, peak RSS grows less from 100k to 1M than the input does',
    measured:
      growth && medium && large
        ? `+${Math.round(growth.rss)} MB (${Math.round(medium.ours.peakRssMb)} → ${Math.round(large.ours.peakRssMb)} MB) for +${Math.round(growth.input)} MB of input`
        : 'not measured (needs medium and large)',
    met: growth ? growth.rss < growth.input : null,
  });
  for (const size of sizes) {
    for (const op of size.api.operations.filter((o) => OVERHEAD_OPERATIONS.includes(o.key))) {
      if (op.failure) {
        checks.push({ target: `${op.label} (${size.size}): measured`, measured: `failed: ${op.failure}`, met: false });
        continue;
      }
      const bound = MAX_P50_RATIO[op.key] ?? 1.3;
      checks.push({
        target: `${op.label} (${size.size}): p50 ratio ≤ ${bound}`,
        // Three decimals, so that a ratio just over the bound does not read as equal to it.
        measured: op.p50Ratio.toFixed(3),
        met: op.p50Ratio <= bound,
      });
      checks.push({
        target: `${op.label} (${size.size}): req/s ratio ≥ ${MIN_RPS_RATIO}`,
        measured: op.rpsRatio.toFixed(3),
        met: op.rpsRatio >= MIN_RPS_RATIO,
      });
    }
  }
  for (const size of sizes.filter((s) => s.peer && PEER_SIZES.includes(s.size))) {
    for (const op of size.peer?.operations ?? []) {
      checks.push({
        target: `${op.label} (${size.size}): req/s ≥ ${MIN_PEER_RATIO}× the library`,
        measured: `${op.rpsRatio.toFixed(2)}×`,
        met: op.rpsRatio >= MIN_PEER_RATIO,
      });
    }
  }
  const peerRatios = sizes.flatMap((s) => (s.peer?.operations ?? []).map((op) => ({ size: s.size, op })));
  const lowest = peerRatios.reduce<(typeof peerRatios)[number] | null>(
    (low, r) => (!low || r.op.rpsRatio < low.op.rpsRatio ? r : low),
    null,
  );
  checks.push({
    target: `every peer operation, every dataset: req/s ≥ ${PEER_FLOOR}× the library`,
    measured: lowest ? `lowest ${lowest.op.rpsRatio.toFixed(2)}× (${lowest.op.key}, ${lowest.size})` : 'not measured',
    met: lowest ? lowest.op.rpsRatio >= PEER_FLOOR : null,
  });
  const all = sizes.flatMap((s) => s.api.operations).filter((o) => !o.failure);
  const worst = Math.max(...all.map((o) => Math.max(o.queries.length, o.roundTripsUnderLoad)));
  checks.push({
    target: 'Cypher round trips per operation = 1 (every operation, every dataset)',
    measured: all.length ? (worst === 1 ? '1' : `up to ${worst.toFixed(2)}`) : 'not measured',
    met: all.length ? worst === 1 : null,
  });
  const small = sizes.find((s) => s.size === 'small');
  const largest = sizes.find((s) => s.size === 'large');
  for (const { key, label } of SCALING_OPERATIONS) {
    const from = small?.api.operations.find((o) => o.key === key);
    const to = largest?.api.operations.find((o) => o.key === key);
    const ratio = from && to ? to.ours.p50 / from.ours.p50 : null;
    if (from?.failure || to?.failure) {
      checks.push({ target: `${label}: p50 on 1M within ${MAX_SCALING_RATIO}× of 10k`, measured: 'failed (see the table)', met: false });
      continue;
    }
    checks.push({
      target: `${label}: p50 on 1M within ${MAX_SCALING_RATIO}× of 10k`,
      measured: ratio === null ? 'not measured (needs small and large)' : `${ratio.toFixed(2)}×`,
      met: ratio === null ? null : ratio <= MAX_SCALING_RATIO,
    });
  }
  const big = viewer?.cases.find((c) => c.nodes >= VIEWER_NODES && c.renderer === 'webgl');
  checks.push({
    target: `viewer, ${VIEWER_NODES.toLocaleString('en')} nodes, WebGL: longest main-thread task ≤ ${MAX_TASK_MS} ms while loading`,
    measured: big ? `${big.longestTaskMs} ms` : 'not measured (needs a full run)',
    met: big ? big.longestTaskMs <= MAX_TASK_MS : null,
  });
  checks.push({
    target: `viewer, ${VIEWER_NODES.toLocaleString('en')} nodes: drawn by the WebGL renderer`,
    measured: big ? (big.webglUsed ? 'yes' : 'no') : 'not measured (needs a full run)',
    met: big ? big.webglUsed : null,
  });
  return checks;
}
