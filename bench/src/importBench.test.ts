import { describe, expect, it } from 'vitest';
import { type ImportRun, summarisePairs } from './importBench.ts';
import { importPairsOf } from './prepareDataset.ts';

const run = (seconds: number, peakRssMb: number): ImportRun => ({
  nodes: 1_000,
  relationships: 9_000,
  rows: 10_000,
  seconds,
  rowsPerSecond: 10_000 / seconds,
  peakRssMb,
});
const pair = (ours: number, raw: number, rss = 180) => ({ ours: run(ours, rss), raw: run(raw, 120), ratio: raw / ours });

describe('summarisePairs', () => {
  it("takes the median of each figure and of the pairs' ratios, and keeps every pair", () => {
    // Ratios 0.80, 0.50 (a slow run of ours) and 0.90: the median is 0.80, not the mean (0.73).
    const pairs = [pair(4, 3.2, 190), pair(6, 3, 200), pair(3.5, 3.15, 185)];
    const result = summarisePairs('small', 5e6, pairs);
    expect(result.ratio).toBeCloseTo(0.8, 10);
    expect(result.ours.seconds).toBe(4);
    expect(result.raw.seconds).toBe(3.15);
    expect(result.ours.peakRssMb).toBe(190);
    expect(result.ours.rows).toBe(10_000);
    expect(result.pairs).toEqual(pairs);
    expect(result).toMatchObject({ size: 'small', inputBytes: 5e6 });
  });

  it('gives a single pair as it is, with no list of pairs', () => {
    const result = summarisePairs('small', 5e6, [pair(4, 3)]);
    expect(result.ratio).toBe(0.75);
    expect(result.pairs).toBeUndefined();
  });

  it('refuses to summarise no pairs', () => {
    expect(() => summarisePairs('small', 5e6, [])).toThrow('No import pair to summarise.');
  });
});

describe('importPairsOf', () => {
  it('imports 10k once per run asked for, 100k at most three times, 1M once', () => {
    expect(importPairsOf('small', 5)).toBe(5);
    expect(importPairsOf('small', 1)).toBe(1);
    expect(importPairsOf('medium', 5)).toBe(3);
    expect(importPairsOf('medium', 2)).toBe(2);
    expect(importPairsOf('large', 5)).toBe(1);
  });
});
