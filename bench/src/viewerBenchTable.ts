import type { ViewerBenchResult } from './viewerBench.ts';

/** The results as a Markdown table. */
export function benchTable(result: ViewerBenchResult): string {
  const rows = result.cases.map(
    (c) =>
      `| ${c.nodes.toLocaleString('en')} | ${c.edges.toLocaleString('en')} | ${c.renderer} | ${c.webglUsed ? 'yes' : 'no'} | ${c.msToInteractive} (${c.perRun
        .map((r) => r.msToInteractive)
        .join(
          ', ',
        )}) | ${c.longestTaskMs} (${c.perRun.map((r) => r.longestTaskMs).join(', ')}) | ${c.longTasks} | ${c.tasksOver200ms} | ${c.totalBlockingTimeMs} | ${c.clickToDetailsMs} | ${c.runs} |`,
  );
  return [
    '| nodes | edges | renderer | WebGL used | ms to interactive (runs) | longest task ms (runs) | long tasks | tasks > 200 ms | TBT ms | click → details ms | runs |',
    '|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
