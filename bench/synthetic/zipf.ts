import type { Random } from '../../common/random.ts';

/** Draws ranks 0…n-1 with probability proportional to 1 / (rank + 1)^exponent: a few hubs, many leaves. */
export interface ZipfSampler {
  readonly size: number;
  sample(random: Random): number;
}

/** Builds a Zipf sampler over `size` ranks (cumulative weights, binary search per draw). */
export function createZipf(size: number, exponent = 1): ZipfSampler {
  if (size < 1) throw new Error('a Zipf sampler needs at least one rank');
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return {
    size,
    sample(random) {
      const target = random.next() * total;
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
}

/** Draws `count` distinct ranks (fewer if the sampler has fewer), giving up on repeats after a bounded number of tries. */
export function sampleDistinct(zipf: ZipfSampler, random: Random, count: number): number[] {
  const wanted = Math.min(count, zipf.size);
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) chosen.add(zipf.sample(random));
  return [...chosen];
}
