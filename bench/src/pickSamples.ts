import type { QueryRunner } from '../../api/src/db/executor.ts';

/** Arguments for the benchmarked operations, picked from the loaded dataset. */
export interface BenchSamples {
  /** The person with the most relationships. */
  readonly hubPerson: string;
  readonly hubDegree: number;
  /** An agency of median degree (named in Thai and English where the data allows). */
  readonly midAgency: string;
  readonly midDegree: number;
  /** An entity with exactly one relationship. */
  readonly leaf: string;
  /** A person about three steps from the leaf (the hub person if none is). */
  readonly pathTarget: string;
  /** A Thai and an English name that exist (the median agency's, where it has them). */
  readonly searchTh: string;
  readonly searchEn: string;
}

/** Picks realistic ids and search strings from whatever dataset is loaded (`benchSamples.cypher`). */
export async function pickSamples(db: QueryRunner): Promise<BenchSamples> {
  const [row] = await db.read('benchSamples');
  const text = (key: string): string => {
    const value = row?.[key];
    if (typeof value !== 'string' || value === '') {
      throw new Error(`The dataset has no ${key} for the benchmark (it needs persons, agencies and Thai and English names).`);
    }
    return value;
  };
  return {
    hubPerson: text('hubPerson'),
    hubDegree: Number(row?.hubDegree),
    midAgency: text('midAgency'),
    midDegree: Number(row?.midDegree),
    leaf: text('leaf'),
    pathTarget: text('pathTarget'),
    searchTh: text('searchTh'),
    searchEn: text('searchEn'),
  };
}
