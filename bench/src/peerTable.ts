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
        `p50 ${same.ours.p50} vs ${same.peer.p50} ms)`
      );
    });
    return `| ${o.label} | ${cells.join(' | ')} |`;
  });
  const cpuRows = first.operations.map((o) => {
    const cells = measured.map((s) => {
      const same = s.peer?.operations.find((x) => x.key === o.key);
      const ours = same?.ours.cpuMsPerRequest;
      const theirs = same?.peer.cpuMsPerRequest;
      return typeof ours === 'number' && typeof theirs === 'number' ? `${ours.toFixed(2)} / ${theirs.toFixed(2)}` : '–';
    });
    return `| ${o.label} | ${cells.join(' | ')} |`;
  });
  return [
    `| operation | ${head.join(' | ')} |`,
    `|---|${head.map(() => '---:|').join('')}`,
    ...rows,
    '',
    'CPU time of each server process per request, in ms, this API / the library (user + system, `/proc/<pid>/stat`, median of the runs; Neo4j’s own CPU is not in it):',
    '',
    `| operation | ${head.join(' | ')} |`,
    `|---|${head.map(() => '---:|').join('')}`,
    ...cpuRows,
    '',
    ...measured.map((s) => {
      const p = s.peer as NonNullable<SizeResult['peer']>;
      return `- ${SIZE_NAMES[s.size] ?? s.size}: arguments ${p.operations.map((o) => `${o.key} ${o.args}`).join('; ')}.`;
    }),
    ...failures,
    ...first.notMeasured.map((n) => `- Not measured: ${n}.`),
  ];
}
