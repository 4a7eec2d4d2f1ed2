import type { SizeResult } from './benchResults.ts';

const SIZE_NAMES: Record<string, string> = { seed: 'seed', small: '10k', medium: '100k', large: '1M' };

/**
 * The peer table: one row per operation, one column per dataset with the ratio of requests per
 * second (this API ÷ the Neo4j GraphQL Library), both sides' req/s and p50 in brackets.
 */
export function peerTable(sizes: readonly SizeResult[]): string[] {
  const measured = sizes.filter((s) => s.peer);
  const failures = sizes.filter((s) => s.peerFailure).map((s) => `- ${SIZE_NAMES[s.size] ?? s.size}: **not measured**: ${s.peerFailure}`);
  const first = measured[0]?.peer;
  if (!first) return failures.length ? failures : ['The Neo4j GraphQL Library was not measured in this run.'];
  const head = measured.map((s) => SIZE_NAMES[s.size] ?? s.size);
  const rows = first.operations.map((o) => {
    const cells = measured.map((s) => {
      const same = s.peer?.operations.find((x) => x.key === o.key);
      if (!same) return '–';
      return (
        `**${same.rpsRatio.toFixed(2)}** (${same.ours.rps.toFixed(0)} vs ${same.peer.rps.toFixed(0)} req/s; ` +
        `p50 ${same.ours.p50} vs ${same.peer.p50} ms${same.requestsPerRun ? `; ${same.requestsPerRun} requests a run` : ''})`
      );
    });
    return `| ${o.label} | ${cells.join(' | ')} |`;
  });
  const cpuRows = first.operations.map((o) => {
    const cells = measured.map((s) => {
      const same = s.peer?.operations.find((x) => x.key === o.key);
      const ours = same?.ours.cpuMsPerRequest;
      const theirs = same?.peer.cpuMsPerRequest;
      if (typeof ours !== 'number' || typeof theirs !== 'number') return '–';
      const neo4jOurs = same?.ours.neo4jCpuMsPerRequest;
      const neo4jTheirs = same?.peer.neo4jCpuMsPerRequest;
      const neo4j =
        typeof neo4jOurs === 'number' && typeof neo4jTheirs === 'number'
          ? ` (Neo4j ${neo4jOurs.toFixed(2)} / ${neo4jTheirs.toFixed(2)})`
          : '';
      return `${ours.toFixed(2)} / ${theirs.toFixed(2)}${neo4j}`;
    });
    return `| ${o.label} | ${cells.join(' | ')} |`;
  });
  // Runs recorded before CPU time was measured have none: no table of dashes for them.
  const anyCpu = measured.some((s) => s.peer?.operations.some((o) => typeof o.ours.cpuMsPerRequest === 'number'));
  const cpuTable = !anyCpu
    ? []
    : [
        '',
        'CPU time per request, in ms, this API / the library: each server process, and in brackets the Neo4j both share over the same runs ' +
          '(user + system, `/proc/<pid>/stat`, median of the runs; Neo4j’s figure also holds whatever it did in the background meanwhile):',
        '',
        `| operation | ${head.join(' | ')} |`,
        `|---|${head.map(() => '---:|').join('')}`,
        ...cpuRows,
      ];
  return [
    `| operation | ${head.join(' | ')} |`,
    `|---|${head.map(() => '---:|').join('')}`,
    ...rows,
    ...cpuTable,
    '',
    ...measured.map((s) => {
      const p = s.peer as NonNullable<SizeResult['peer']>;
      return `- ${SIZE_NAMES[s.size] ?? s.size}: arguments ${p.operations.map((o) => `${o.key} ${o.args}`).join('; ')}.`;
    }),
    ...failures,
    ...first.notMeasured.map((n) => `- Not measured: ${n}.`),
  ];
}
