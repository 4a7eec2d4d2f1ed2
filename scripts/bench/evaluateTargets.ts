import type { SizeResult, TargetCheck } from './benchResults.ts';

/** The operations whose overhead the issue bounds. */
const OVERHEAD_OPERATIONS = ['entity', 'searchTh', 'searchEn'];
/** The operations that must not slow down between the 10k and the 1M dataset. */
const SCALING_OPERATIONS = [
  { key: 'entity', label: 'entity detail' },
  { key: 'neighborhood1', label: 'neighbourhood, depth 1' },
];

const MAX_P50_RATIO = 1.3;
const MIN_RPS_RATIO = 0.75;
const MAX_SCALING_RATIO = 1.5;

/** Checks the targets against the figures: overhead, round trips and scaling. */
export function evaluateTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const size of sizes) {
    for (const op of size.api.operations.filter((o) => OVERHEAD_OPERATIONS.includes(o.key))) {
      checks.push({
        target: `${op.label} (${size.size}): p50 ratio ≤ ${MAX_P50_RATIO}`,
        // Three decimals, so that a ratio just over the bound does not read as equal to it.
        measured: op.p50Ratio.toFixed(3),
        met: op.p50Ratio <= MAX_P50_RATIO,
      });
      checks.push({
        target: `${op.label} (${size.size}): req/s ratio ≥ ${MIN_RPS_RATIO}`,
        measured: op.rpsRatio.toFixed(3),
        met: op.rpsRatio >= MIN_RPS_RATIO,
      });
    }
  }
  const all = sizes.flatMap((s) => s.api.operations);
  const worst = Math.max(...all.map((o) => Math.max(o.queries.length, o.roundTripsUnderLoad)));
  checks.push({
    target: 'Cypher round trips per operation = 1 (every operation, every dataset)',
    measured: all.length ? (worst === 1 ? '1' : `up to ${worst.toFixed(2)}`) : 'not measured',
    met: all.length ? worst === 1 : null,
  });
  const small = sizes.find((s) => s.size === 'small');
  const large = sizes.find((s) => s.size === 'large');
  for (const { key, label } of SCALING_OPERATIONS) {
    const from = small?.api.operations.find((o) => o.key === key);
    const to = large?.api.operations.find((o) => o.key === key);
    const ratio = from && to ? to.ours.p50 / from.ours.p50 : null;
    checks.push({
      target: `${label}: p50 on 1M within ${MAX_SCALING_RATIO}× of 10k`,
      measured: ratio === null ? 'not measured (needs small and large)' : `${ratio.toFixed(2)}×`,
      met: ratio === null ? null : ratio <= MAX_SCALING_RATIO,
    });
  }
  return checks;
}
