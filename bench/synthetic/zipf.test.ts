import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random.ts';
import { createZipf, sampleDistinct } from './zipf.ts';

describe('seeded randomness', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRandom(43).next()).not.toBe(xs[0]);
    const r = createRandom(1);
    const ints = Array.from({ length: 1000 }, () => r.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });

  it('draws Zipf ranks with the first rank most often, in proportion 1/rank', () => {
    const zipf = createZipf(1000, 1);
    const random = createRandom(7);
    const hits = new Array<number>(1000).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const rank = zipf.sample(random);
      hits[rank] = (hits[rank] as number) + 1;
    }
    expect(hits[0]).toBeGreaterThan((hits[1] as number) * 1.5);
    // Rank 1 has weight 1/H(1000) ≈ 13 %, rank 2 half of that.
    expect((hits[0] as number) / 100_000).toBeCloseTo(0.134, 1);
    expect((hits[0] as number) / (hits[1] as number)).toBeCloseTo(2, 0);
    expect(sampleDistinct(zipf, random, 5)).toHaveLength(5);
    expect(new Set(sampleDistinct(createZipf(3), random, 10)).size).toBe(3);
  });
});
