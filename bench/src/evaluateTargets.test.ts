import { describe, expect, it } from 'vitest';
import { benchImport, benchOperation as operation, benchSize as size, viewerResult } from '../fixtures/benchFixtures.ts';
import { evaluateTargets } from './evaluateTargets.ts';

describe('evaluateTargets', () => {
  it('checks the overhead of entity detail against 1.2 (p50), search against 1.3, both against 0.75 (req/s)', () => {
    const checks = evaluateTargets([
      size('seed', [operation('entity', 12, 800), operation('searchTh', 14, 700), operation('paths', 99, 1)]),
    ]);
    const met = Object.fromEntries(checks.map((c) => [c.target, c.met]));
    expect(met['entity (seed): p50 ratio ≤ 1.2']).toBe(true);
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

  it('checks the import against 0.9 of the raw baseline for each generated size, and the 1M import streams', () => {
    const checks = evaluateTargets([
      { ...size('medium', []), importBench: { ...benchImport(100_000, 12, 10, 300, 50e6), size: 'medium' } },
      { ...size('large', []), importBench: benchImport(1_000_000, 150, 100, 400, 528e6) },
    ]);
    expect(checks.find((c) => c.target.startsWith('import (medium): rows/s ratio'))).toMatchObject({ measured: '0.833', met: false });
    expect(checks.find((c) => c.target.startsWith('import (large): rows/s ratio'))).toMatchObject({ measured: '0.667', met: false });
    expect(checks.find((c) => c.target.startsWith('import: streamed'))).toMatchObject({
      measured: '+100 MB (300 → 400 MB) for +478 MB of input',
      met: true,
    });
    expect(evaluateTargets([size('seed', [])]).find((c) => c.target.startsWith('import: streamed'))?.met).toBeNull();
  });

  it('checks 2× the library on every peer operation of the seed and the 10k, and 1.5× as the floor anywhere', () => {
    const side = { rps: 100, p50: 10, p99: 20, runs: [] };
    const peerOp = (key: string, ratio: number) => ({ key, label: key, args: '', ours: side, peer: side, rpsRatio: ratio, p50Ratio: 1 });
    const withPeer = (name: 'seed' | 'small' | 'large', ops: ReturnType<typeof peerOp>[]) => ({
      ...size(name, []),
      peer: { library: '@neo4j/graphql', samples: {} as never, operations: ops, notMeasured: [] },
    });
    const checks = evaluateTargets([
      withPeer('seed', [peerOp('agency', 2.3), peerOp('meeting', 1.6)]),
      withPeer('large', [peerOp('agency', 1.4)]),
    ]);
    const met = Object.fromEntries(checks.map((c) => [c.target, c.met]));
    expect(met['agency (seed): req/s ≥ 2× the library']).toBe(true);
    expect(met['meeting (seed): req/s ≥ 2× the library']).toBe(false);
    // 1M is held to the floor only.
    expect(checks.some((c) => c.target === 'agency (large): req/s ≥ 2× the library')).toBe(false);
    expect(checks.find((c) => c.target.startsWith('every peer operation'))).toMatchObject({
      measured: 'lowest 1.40× (agency, large)',
      met: false,
    });
  });

  it("checks the viewer's longest task at 5,000 nodes on WebGL, and that WebGL drew", () => {
    const slow = evaluateTargets([], viewerResult(5000, 450));
    expect(slow.find((c) => c.target.includes('longest main-thread task'))).toMatchObject({ measured: '450 ms', met: false });
    expect(slow.find((c) => c.target.includes('drawn by the WebGL renderer'))).toMatchObject({ measured: 'yes', met: true });
    expect(evaluateTargets([], viewerResult(5000, 180)).find((c) => c.target.includes('longest main-thread task'))?.met).toBe(true);
    expect(evaluateTargets([], viewerResult(2000, 100)).find((c) => c.target.includes('longest main-thread task'))?.met).toBeNull();
  });

  it('fails the targets of an operation that could not be measured, and leaves it out of the round-trip check', () => {
    const failed = { ...operation('neighborhood1', Number.NaN, Number.NaN), failure: 'timed out', roundTripsUnderLoad: Number.NaN };
    const checks = evaluateTargets([
      size('small', [operation('entity', 10, 1000), operation('neighborhood1', 20, 500)]),
      size('large', [{ ...operation('entity', Number.NaN, Number.NaN), failure: '3 timeouts' }, failed]),
    ]);
    expect(checks.find((c) => c.target === 'entity (large): measured')).toMatchObject({ measured: 'failed: 3 timeouts', met: false });
    expect(checks.find((c) => c.target.startsWith('neighbourhood, depth 1: p50 on 1M'))?.met).toBe(false);
    expect(checks.find((c) => c.target.startsWith('Cypher round trips'))).toMatchObject({ measured: '1', met: true });
  });
});
