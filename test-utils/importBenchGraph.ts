import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Executor } from '../api/src/db/executor.ts';
import { importPath } from '../api/src/ingest/importPath.ts';
import { type BenchGraph, benchGraph } from './benchGraph.ts';

/** Generates the benchmark network of `n` entities and imports it through the real import path (validation included). */
export async function importBenchGraph(executor: Executor, n: number): Promise<BenchGraph> {
  const graph = benchGraph(n);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-viewer-bench-'));
  try {
    const file = path.join(dir, `viewer-bench-${n}.yaml`);
    await writeFile(file, stringify(graph.dataset, { aliasDuplicateObjects: false }));
    await importPath(executor, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return graph;
}
