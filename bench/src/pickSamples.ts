import neo4j, { type Driver } from 'neo4j-driver';
import { benchCypher } from './benchCypher.ts';

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

/** The time limit of the bench's other reads: degrees over a million-node dataset take a while. */
const TIMEOUT_MS = 120_000;

/**
 * Picks realistic ids and search strings from whatever dataset is loaded (`bench/cypher/benchSamples.cypher`),
 * in a read transaction of its own: the statement belongs to the bench, not to the product's query registry.
 */
export async function pickSamples(driver: Driver): Promise<BenchSamples> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  let row: Record<string, unknown> | undefined;
  try {
    const result = await session.executeRead((tx) => tx.run(benchCypher('benchSamples')), { timeout: TIMEOUT_MS });
    row = result.records[0]?.toObject();
  } finally {
    await session.close();
  }
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
