import { describe, expect, it } from 'vitest';
import { benchOperation as operation, benchSize as size } from '../../test-utils/benchFixtures.ts';
import { evaluateTargets } from './evaluateTargets.ts';

describe('evaluateTargets', () => {
  it('checks the overhead of entity detail and search against 1.3 (p50) and 0.75 (req/s)', () => {
    const checks = evaluateTargets([
      size('seed', [operation('entity', 12, 800), operation('searchTh', 14, 700), operation('paths', 99, 1)]),
    ]);
    const met = Object.fromEntries(checks.map((c) => [c.target, c.met]));
    expect(met['entity (seed): p50 ratio ≤ 1.3']).toBe(true);
    expect(met['entity (seed): req/s ratio ≥ 0.75']).toBe(true);
    expect(met['searchTh (seed): p50 ratio ≤ 1.3']).toBe(false);
    expect(met['searchTh (seed): req/s ratio ≥ 0.75']).toBe(false);
    expect(checks.some((c) => c.target.startsWith('paths'))).toBe(false);
  });

  it('fails the round-trip target when any operation makes more than one', () => {
    const checks = evaluateTargets([size('seed', [operation('entity', 10, 1000), operation('list', 10, 1000, 2)])]);
    expect(checks.find((c) => c.target.startsWith('Cypher round trips'))).toMatchObject({ measured: 'up to 2.00', met: false });
  });

  it('compares 1M with 10k for entity detail and depth-1 neighbourhoods, and says when it could not', () => {
    const onlySeed = evaluateTargets([size('seed', [operation('entity', 10, 1000)])]);
    expect(onlySeed.find((c) => c.target.startsWith('entity detail: p50 on 1M'))?.met).toBeNull();
    const both = evaluateTargets([
      size('small', [operation('entity', 10, 1000), operation('neighborhood1', 20, 500)]),
      size('large', [operation('entity', 14, 1000), operation('neighborhood1', 40, 250)]),
    ]);
    expect(both.find((c) => c.target.startsWith('entity detail: p50 on 1M'))).toMatchObject({ measured: '1.40×', met: true });
    expect(both.find((c) => c.target.startsWith('neighbourhood, depth 1: p50 on 1M'))).toMatchObject({ measured: '2.00×', met: false });
  });
});
