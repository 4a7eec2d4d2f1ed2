import { describe, expect, it } from 'vitest';
import { benchImport, benchOperation as operation, benchSize as size, viewerResult } from '../fixtures/benchFixtures.ts';
import type { BenchResults } from './benchResults.ts';
import { evaluateTargets } from './evaluateTargets.ts';
import { summarisePairs } from './importBench.ts';
import { BENCH_BEGIN, BENCH_END, renderBenchSection, replaceBenchSection } from './renderBenchSection.ts';

const sizes = [
  size('seed', [operation('entity', 12, 800)]),
  { ...size('small', [operation('entity', 13, 790)]), importBench: { ...benchImport(10_000, 2.5, 2, 150, 5e6), size: 'small' } },
  {
    ...size('medium', []),
    importBench: summarisePairs(
      'medium',
      50e6,
      [
        [25, 20],
        [40, 20],
        [21, 20],
      ].map(([ours, raw]) => {
        const { ours: o, raw: r, ratio } = benchImport(100_000, ours as number, raw as number, 300, 50e6);
        return { ours: o, raw: r, ratio };
      }),
    ),
  },
];
const viewer = viewerResult(5000, 180);
const results: BenchResults = {
  version: 1,
  date: '2026-11-24T10:00:00.000Z',
  command: 'npm run bench -- --sizes seed,small',
  quick: false,
  machine: {
    cpus: 2,
    cpuModel: 'Test CPU',
    memoryBytes: 24 * 2 ** 30,
    os: 'Linux 6',
    node: 'v20.0.0',
    java: 'openjdk 17',
    neo4j: '5.26.30',
    loadAverage: 0.5,
  },
  neo4j: { heap: '4g', pageCache: '2g' },
  settings: { runs: 3, seconds: 10, connections: 16, warmupSeconds: 3, seed: 1 },
  sizes,
  viewer,
  targets: evaluateTargets(sizes, viewer),
};

describe('renderBenchSection', () => {
  const section = renderBenchSection(results);

  it('is wrapped in the markers and gives the command, the date and the machine', () => {
    expect(section.startsWith(BENCH_BEGIN)).toBe(true);
    expect(section.endsWith(BENCH_END)).toBe(true);
    expect(section).toContain('npm run bench -- --sizes seed,small');
    expect(section).toContain('Measured 2026-11-24 on 2 cores (Test CPU), 24 GiB RAM');
    expect(section).toContain('Neo4j 5.26.30');
  });

  it('shows each operation side by side with its ratios, the targets, round trips, scaling and memory', () => {
    expect(section).toContain('| entity |  | 12 | 10 | **1.20** | 24 | 20 | 800 | 1000 | **0.80** | 1.00 / 1.00 | 1.5 |');
    expect(section).toContain('load average 0.5 at the start, 1.5–1.5 at the end of each operation');
    expect(section).toContain('| entity (seed): p50 ratio ≤ 1.2 | 1.200 | ✓ |');
    expect(section).toContain('| entity | `q` | 1 (1.00) | 1 (1.00) |');
    expect(section).toContain('| entity | 12 (800) | 13 (790) | – |');
    expect(section).toContain('| seed | 0 MiB | **0 MiB** | 0 MiB | 0 MiB |');
  });

  it('shows the import side by side with the raw baseline, and the viewer on both renderers', () => {
    expect(section).toContain('| 10k | 10,000 | 5 MB | 2.5 | 4,000 | 2.0 | 5,000 | **0.80** | 150 MB | 100 MB |');
    expect(section).toContain('| import (small): rows/s ratio to the raw UNWIND baseline ≥ 0.9 | 0.800 | ✗ |');
    // Several pairs: the medians, and each pair's ratio in brackets.
    expect(section).toContain('| 100k | 100,000 | 50 MB | 25.0 | 4,000 | 20.0 | 5,000 | **0.80** (0.80, 0.50, 0.95) | 300 MB | 100 MB |');
    expect(section).toContain('Headless Chromium 1.0, viewport 1600 × 1000; WebGL on Test GL.');
    expect(section).toContain('| 5,000 | 10,000 | webgl | yes | 1000 () | 180 () | 1 | 0 | 130 | 100 | 1 |');
    expect(section).toContain('| viewer, 5,000 nodes, WebGL: longest main-thread task ≤ 200 ms while loading | 180 ms | ✓ |');
  });
});

describe('replaceBenchSection', () => {
  it('replaces only the text between the markers', () => {
    const doc = `# Benchmarks\n\nby hand\n\n${BENCH_BEGIN}\nold\n${BENCH_END}\n\n## Fuzz\n`;
    expect(replaceBenchSection(doc, `${BENCH_BEGIN}\nnew\n${BENCH_END}`)).toBe(
      `# Benchmarks\n\nby hand\n\n${BENCH_BEGIN}\nnew\n${BENCH_END}\n\n## Fuzz\n`,
    );
  });

  it('appends the section when the document has no markers yet', () => {
    expect(replaceBenchSection('# Benchmarks\n', 'S')).toBe('# Benchmarks\n\nS\n');
  });
});
