import { describe, expect, it } from 'vitest';
import { sumMetric } from './prometheusText.ts';

const TEXT = `# HELP neo4j_queries_total Cypher queries by name and outcome.
# TYPE neo4j_queries_total counter
neo4j_queries_total{query="search",outcome="ok"} 12
neo4j_queries_total{query="entityById",outcome="ok"} 30
neo4j_queries_total{query="entityById",outcome="error"} 1
neo4j_queries_total_extra 99
graphql_operations_total{operation="Search",outcome="ok"} 12
`;

describe('sumMetric', () => {
  it('sums every sample of a metric, and only that metric', () => {
    expect(sumMetric(TEXT, 'neo4j_queries_total')).toBe(43);
  });

  it('keeps only the samples whose labels match', () => {
    expect(sumMetric(TEXT, 'neo4j_queries_total', { outcome: 'ok' })).toBe(42);
    expect(sumMetric(TEXT, 'neo4j_queries_total', { query: 'entityById', outcome: 'error' })).toBe(1);
    expect(sumMetric(TEXT, 'graphql_operations_total', { outcome: 'error' })).toBe(0);
  });
});
