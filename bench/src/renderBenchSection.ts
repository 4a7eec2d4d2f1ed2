import type { OperationResult } from './apiBench.ts';
import type { BenchResults, SizeResult } from './benchResults.ts';
import { peerTable } from './peerTable.ts';
import { benchTable } from './viewerBenchTable.ts';

/** The marker before the part of BENCHMARKS.md that `npm run bench` rewrites. */
export const BENCH_BEGIN = '<!-- bench:begin -->';
/** The marker after it. */
export const BENCH_END = '<!-- bench:end -->';

const SIZE_NAMES: Record<string, string> = { seed: 'seed', small: '10k', medium: '100k', large: '1M' };

const ms = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
const ratio = (v: number) => v.toFixed(2);
const count = (v: number) => v.toLocaleString('en');
const mib = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v / 2 ** 20)} MiB`);
const mark = (met: boolean | null) => (met === null ? '–' : met ? '✓' : '✗');
const cpu = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));

function sizeTitle(s: SizeResult): string {
  return (
    `${SIZE_NAMES[s.size] ?? s.size}: ${count(s.dataset.nodes)} entities, ${count(s.dataset.relationships)} relationships ` +
    `(\`${s.dataset.origin}\`, imported in ${s.importSeconds.toFixed(1)} s)`
  );
}

function overheadTable(s: SizeResult): string[] {
  const rows = s.api.operations.map((o: OperationResult) =>
    o.failure
      ? `| ${o.label} | ${o.args} | **not measured**: ${o.failure.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |||||||||| ${o.loadAverage.toFixed(1)} |`
      : `| ${o.label} | ${o.args} | ${ms(o.ours.p50)} | ${ms(o.raw.p50)} | **${ratio(o.p50Ratio)}** | ${ms(o.ours.p99)} | ${ms(o.raw.p99)} | ` +
        `${o.ours.rps.toFixed(0)} | ${o.raw.rps.toFixed(0)} | **${ratio(o.rpsRatio)}** | ${cpu(o.ours.cpuMsPerRequest)} / ${cpu(o.raw.cpuMsPerRequest)} | ` +
        `${o.loadAverage.toFixed(1)} |`,
  );
  return [
    `#### ${sizeTitle(s)}`,
    '',
    '| operation | arguments | p50 ms ours | p50 ms raw | p50 ratio | p99 ms ours | p99 ms raw | req/s ours | req/s raw | req/s ratio | server CPU ms/request ours / raw | load avg |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ];
}

function roundTripTable(r: BenchResults): string[] {
  const first = r.sizes[0];
  if (!first) return [];
  const head = r.sizes.map((s) => SIZE_NAMES[s.size] ?? s.size);
  const rows = first.api.operations.map((o) => {
    const cells = r.sizes.map((s) => {
      const same = s.api.operations.find((x) => x.key === o.key);
      if (!same) return '–';
      return same.failure ? `${same.queries.length} (not measured)` : `${same.queries.length} (${ratio(same.roundTripsUnderLoad)})`;
    });
    return `| ${o.label} | \`${o.queries.join('`, `')}\` | ${cells.join(' | ')} |`;
  });
  return ['| operation | Cypher query | ' + head.join(' | ') + ' |', '|---|---|' + head.map(() => '---:|').join(''), ...rows];
}

function scalingTable(r: BenchResults): string[] {
  const first = r.sizes[0];
  if (!first || r.sizes.length < 2) return ['Only one dataset was measured in this run.'];
  const head = r.sizes.map((s) => `${SIZE_NAMES[s.size] ?? s.size} p50 ms (req/s)`);
  const small = r.sizes.find((s) => s.size === 'small');
  const large = r.sizes.find((s) => s.size === 'large');
  const rows = first.api.operations.map((o) => {
    const cells = r.sizes.map((s) => {
      const same = s.api.operations.find((x) => x.key === o.key);
      if (!same) return '–';
      return same.failure ? 'not measured' : `${ms(same.ours.p50)} (${same.ours.rps.toFixed(0)})`;
    });
    const a = small?.api.operations.find((x) => x.key === o.key);
    const b = large?.api.operations.find((x) => x.key === o.key);
    return `| ${o.label} | ${cells.join(' | ')} | ${a && b && !a.failure && !b.failure ? `${ratio(b.ours.p50 / a.ours.p50)}×` : '–'} |`;
  });
  return ['| operation | ' + head.join(' | ') + ' | 10k → 1M p50 |', '|---|' + head.map(() => '---:|').join('') + '---:|', ...rows];
}

function importTable(r: BenchResults): string[] {
  const measured = r.sizes.filter((s) => s.importBench);
  if (measured.length === 0) return ['No generated dataset was imported in this run.'];
  return [
    '| dataset | rows (nodes + relationships) | input | ours s | ours rows/s | raw s | raw rows/s | rows/s ratio | ours peak RSS | raw peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...measured.map((s) => {
      const b = s.importBench as NonNullable<SizeResult['importBench']>;
      return (
        `| ${SIZE_NAMES[s.size] ?? s.size} | ${count(b.ours.rows)} | ${Math.round(b.inputBytes / 1e6)} MB | ${b.ours.seconds.toFixed(1)} | ` +
        `${count(Math.round(b.ours.rowsPerSecond))} | ${b.raw.seconds.toFixed(1)} | ${count(Math.round(b.raw.rowsPerSecond))} | ` +
        `**${ratio(b.ratio)}**${b.pairs ? ` (${b.pairs.map((p) => ratio(p.ratio)).join(', ')})` : ''} | ` +
        `${Math.round(b.ours.peakRssMb)} MB | ${Math.round(b.raw.peakRssMb)} MB |`
      );
    }),
  ];
}

function viewerSection(r: BenchResults): string[] {
  const v = r.viewer;
  if (!v) return ['The viewer was not measured in this run.'];
  return [
    `Headless Chromium ${v.chromium}, viewport 1600 × 1000; WebGL on ${v.webglRenderer ?? 'n/a'}. ` +
      'Each load: a fresh browser context opens the viewer on generated networks (`bench/fixtures/benchGraph.ts`: a few hubs, ' +
      'many leaves), served with the real API from a Neo4j of their own. *ms to interactive* runs from navigation to the first ' +
      'frame after the viewer marks the graph laid out; long tasks are main-thread tasks of 50 ms or more (PerformanceObserver) ' +
      'until then; *click → details* is a real mouse click on the biggest hub until its details show. Medians of the runs ' +
      '(each run in brackets); the canvas and WebGL renderers are forced with `?renderer=`.',
    '',
    benchTable(v),
  ];
}

function memoryTable(r: BenchResults): string[] {
  return [
    '| dataset | API RSS, ready | API peak RSS under load | API VmHWM | raw server peak RSS |',
    '|---|---:|---:|---:|---:|',
    ...r.sizes.map((s) => {
      const m = s.api.memory;
      return `| ${SIZE_NAMES[s.size] ?? s.size} | ${mib(m.apiIdleRssBytes)} | **${mib(m.apiPeakRssBytes)}** | ${mib(m.apiHwmBytes)} | ${mib(m.rawPeakRssBytes)} |`;
    }),
  ];
}

/** Renders the generated part of BENCHMARKS.md, markers included. */
export function renderBenchSection(r: BenchResults): string {
  const m = r.machine;
  const s = r.settings;
  const loads = r.sizes.flatMap((x) => x.api.operations.map((o) => o.loadAverage));
  return [
    BENCH_BEGIN,
    '<!-- Generated by `npm run bench`: edits between these markers are overwritten. -->',
    '',
    '## Benchmark (`npm run bench`)',
    '',
    '```bash',
    r.command,
    '```',
    '',
    `Measured ${r.date.slice(0, 10)} on ${m.cpus} cores (${m.cpuModel}), ${Math.round(m.memoryBytes / 2 ** 30)} GiB RAM, ${m.os}; ` +
      `Node ${m.node}, ${m.java}, Neo4j ${m.neo4j} Community (local, heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}, ` +
      `a fresh store per dataset). The machine is shared: Neo4j, both servers and the load generator share its cores, and ` +
      `other work ran beside them (1-minute load average ${m.loadAverage.toFixed(1)} at the start, ` +
      `${loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : 'n/a'} at the end of each operation's runs, ` +
      'in the *load avg* column), so single figures move between runs; the CPU time per request moves least.',
    '',
    `**ours** is the API as it ships (\`api/src/main.ts\`, \`NODE_ENV=production\`, Express + Apollo, metrics, one JSON log ` +
      'line per operation). **raw** is `bench/src/rawServer.ts`: a bare `node:http` handler that runs the same Cypher ' +
      'file with the same parameters (recorded from the API itself) as one auto-committed read statement (as the API runs a single read) through plain neo4j-driver, and ' +
      'writes the rows as JSON: the limit for our stack. Both run in their own process over the same Neo4j; the GraphQL ' +
      "selections are the viewer's. Each operation: " +
      `${s.warmupSeconds > 0 ? `${s.warmupSeconds} s warm-up per side, then ` : ''}${s.runs} run(s) of ` +
      `${s.requests ? `${s.requests} requests` : `${s.seconds} s`} per side, ` +
      `sides alternating, ${s.connections} connections, autocannon in its own process on loopback; medians of the runs. ` +
      'Ratios are ours / raw. All runs: 0 errors, 0 non-2xx, 0 GraphQL errors.',
    '',
    '### Targets',
    '',
    '| target | measured | met |',
    '|---|---:|:---:|',
    ...r.targets.map((t) => `| ${t.target} | ${t.measured} | ${mark(t.met)} |`),
    '',
    '### Import',
    '',
    'Each generated dataset is imported both ways into stores with the schema applied, warmed up by both imports of the ' +
      '10k dataset (unmeasured, wiped): the raw baseline (`bench/src/rawImport.ts`: the same rows ' +
      'through plain neo4j-driver, `UNWIND … MERGE` in batches of 1,000 in one transaction, no validation) and the ' +
      "product's `npm run import` (checks every record and quote while it writes, in one transaction, and stamps the dataset " +
      'version). Each runs in its own process, timed from start to exit; peak RSS from `/proc/<pid>/status`. The 10k and ' +
      '100k datasets are imported in several pairs on one store (one pair per run asked for, at most 3 for 100k), ' +
      'alternating which import goes first and wiping in between: times and memory are then the medians of the pairs, the ' +
      "ratio the median of the pairs' ratios, each pair's in brackets. The 1M dataset, and a quick run, import once each " +
      'way, each into a fresh store. The API is then measured on a store our import wrote.',
    '',
    ...importTable(r),
    '',
    '### Overhead over raw neo4j-driver',
    '',
    ...r.sizes.flatMap(overheadTable),
    '### The Neo4j GraphQL Library as a peer',
    '',
    `**library** is ${r.sizes.find((x) => x.peer)?.peer?.library ?? 'the Neo4j GraphQL Library'} on Apollo Server's standalone ` +
      'HTTP server (`bench/src/peerServer.ts`), over the same Neo4j, with type definitions (`bench/src/peerTypeDefs.ts`) that map ' +
      "this project's labels, stored properties and relationship types; the neighbourhood, which it cannot generate, is a " +
      '`@cypher` field holding the query one would write by hand. Before anything is timed, both servers answer every operation ' +
      'and their answers, normalised to one shape, must be equal (the run fails otherwise). The library runs each request in a ' +
      'managed read transaction (`executeRead`); this API runs a single read statement auto-committed, and reads only the ' +
      'properties the selection needs, as lists where it knows the positions. Then per operation: the same warm-up, ' +
      `then ${Math.min(s.runs, 3)} run(s) per side, alternating, ${s.connections} connections; medians. ` +
      "Ratio = this API's requests/s ÷ the library's (above 1: this API serves more).",
    '',
    ...peerTable(r.sizes),
    '',
    '### Round trips',
    '',
    'Cypher queries per GraphQL operation: recorded at the executor for one request, and in brackets the ratio of ' +
      "`neo4j_queries_total` to `graphql_operations_total` on the API's `/metrics` over all its load runs.",
    '',
    ...roundTripTable(r),
    '',
    '### Scaling',
    '',
    ...scalingTable(r),
    '',
    '### Memory',
    '',
    'Resident set size of the API process (`/proc/<pid>/status`, sampled every 100 ms during the load runs); for the ' +
      'imports, see their table above.',
    '',
    ...memoryTable(r),
    '',
    '### Viewer',
    '',
    ...viewerSection(r),
    '',
    BENCH_END,
  ].join('\n');
}

/** Replaces the text between the markers (or appends the section when the markers are missing). */
export function replaceBenchSection(doc: string, section: string): string {
  const begin = doc.indexOf(BENCH_BEGIN);
  const end = doc.indexOf(BENCH_END);
  if (begin === -1 || end === -1 || end < begin) return `${doc.trimEnd()}\n\n${section}\n`;
  return doc.slice(0, begin) + section + doc.slice(end + BENCH_END.length);
}
