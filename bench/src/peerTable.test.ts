import { describe, expect, it } from 'vitest';
import { benchOperation, benchSize } from '../fixtures/benchFixtures.ts';
import type { PeerBenchResult, PeerOperationResult } from './peerBench.ts';
import { peerTable } from './peerTable.ts';

const side = (rps: number, p50: number, cpuMsPerRequest: number, neo4jCpuMsPerRequest: number | null = null) => ({
  runs: [],
  rps,
  p50,
  p99: p50 * 2,
  cpuMsPerRequest,
  neo4jCpuMsPerRequest,
});

const peer: PeerBenchResult = {
  library: '@neo4j/graphql 7.6.3',
  samples: { agency: 'agency:a', midAgency: 'agency:m', meeting: 'meeting:m', hubMeeting: 'meeting:h', country: 'TH', person: 'person:p' },
  operations: [
    {
      key: 'agency',
      label: 'agency',
      args: '`agency:a`',
      ours: side(300, 40, 0.8, 0.5),
      peer: side(150, 80, 1.9, 0.75),
      rpsRatio: 2,
      p50Ratio: 0.5,
    },
    {
      key: 'entity',
      label: 'entity',
      args: '`person:p`',
      ours: side(900, 10, 0.4),
      peer: side(400, 20, 1.1),
      rpsRatio: 2.25,
      p50Ratio: 0.5,
    },
  ],
  notMeasured: ['search: not expressible'],
};

describe('peerTable', () => {
  it('shows the req/s ratio per dataset with both sides, and says what failed or was left out', () => {
    const seed = { ...benchSize('seed', [benchOperation('entity', 10, 100)]), peer };
    const small = { ...benchSize('small', [benchOperation('entity', 10, 100)]), peerFailure: 'the answers differ' };
    const lines = peerTable([seed, small]);
    expect(lines[0]).toBe('| operation | seed |');
    expect(lines[2]).toBe('| agency | **2.00** (300 vs 150 req/s; p50 40 vs 80 ms) |');
    expect(lines.filter((l) => l.startsWith('| agency |'))).toEqual([
      '| agency | **2.00** (300 vs 150 req/s; p50 40 vs 80 ms) |',
      '| agency | 0.80 / 1.90 (Neo4j 0.50 / 0.75) |',
    ]);
    // Without Neo4j's figures (a Neo4j the benchmark did not start), only the servers'.
    expect(lines.filter((l) => l.startsWith('| entity |'))[1]).toBe('| entity | 0.40 / 1.10 |');
    expect(lines).toContain('- 10k: **not measured**: the answers differ');
    expect(lines).toContain('- Not measured: search: not expressible.');
  });

  it('leaves the CPU table out for a run that recorded no CPU time', () => {
    const old = {
      ...peer,
      operations: peer.operations.map((o) => ({
        ...o,
        ours: { ...o.ours, cpuMsPerRequest: null },
        peer: { ...o.peer, cpuMsPerRequest: null },
      })),
    };
    const lines = peerTable([{ ...benchSize('seed', [benchOperation('entity', 10, 100)]), peer: old }]);
    expect(lines.filter((l) => l.startsWith('| agency |'))).toEqual(['| agency | **2.00** (300 vs 150 req/s; p50 40 vs 80 ms) |']);
    expect(lines.some((l) => l.startsWith('CPU time'))).toBe(false);
  });

  it('says how many requests a run sent for an operation too slow for timed runs', () => {
    const slow = { ...peer, operations: [{ ...(peer.operations[0] as PeerOperationResult), requestsPerRun: 32 }] };
    const lines = peerTable([{ ...benchSize('large', [benchOperation('entity', 10, 100)]), peer: slow }]);
    expect(lines[2]).toBe('| agency | **2.00** (300 vs 150 req/s; p50 40 vs 80 ms; 32 requests a run) |');
  });

  it('says so when the library was not measured', () => {
    expect(peerTable([benchSize('seed', [])])).toEqual(['The Neo4j GraphQL Library was not measured in this run.']);
  });
});
