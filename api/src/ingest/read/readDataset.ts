import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, LoadedDispute, LoadedEntity, LoadedMerge, LoadedRelationship, LoadedSource } from '../dataset.ts';
import type { DatasetIssue, Result } from '../datasetIssue.ts';
import { findDataset, type FoundDataset } from './findDataset.ts';
import { parseDatasetDocument } from './parseDatasetDocument.ts';

/**
 * Reads and schema-checks every YAML/JSON document of a dataset (found at a path, or already
 * found by `findDataset`); the source texts they name by file are read too.
 */
export async function readDataset(dataset: string | FoundDataset, displayRoot = process.cwd()): Promise<Result<{ dataset: Dataset }>> {
  const found = typeof dataset === 'string' ? await findDataset(dataset) : { ok: true as const, ...dataset };
  if (!found.ok) return found;
  if (found.format !== 'document') {
    return { ok: false, issues: [{ file: found.files[0] ?? '', message: 'is JSON Lines, which is checked line by line, not read whole' }] };
  }
  const issues: DatasetIssue[] = [];
  const sources: LoadedSource[] = [];
  const entities: LoadedEntity[] = [];
  const relationships: LoadedRelationship[] = [];
  const merges: LoadedMerge[] = [];
  const disputes: LoadedDispute[] = [];
  for (const file of found.files) {
    const name = path.relative(displayRoot, file) || file;
    let body: string;
    try {
      body = await readFile(file, 'utf8');
    } catch (error) {
      issues.push({ file: name, message: `cannot be read: ${(error as Error).message}` });
      continue;
    }
    const result = parseDatasetDocument(body, { name, file, format: /\.json$/i.test(file) ? 'json' : 'yaml' });
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    sources.push(...result.dataset.sources);
    entities.push(...result.dataset.entities);
    relationships.push(...result.dataset.relationships);
    merges.push(...(result.dataset.merges ?? []));
    disputes.push(...(result.dataset.disputes ?? []));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: { sources, entities, relationships, merges, disputes } };
}

/** Reads several datasets (e.g. the seed and the atlas) as one, in order. */
export async function readDatasets(targets: readonly string[], displayRoot = process.cwd()): Promise<Result<{ dataset: Dataset }>> {
  const all = { sources: [] as LoadedSource[], entities: [] as LoadedEntity[], relationships: [] as LoadedRelationship[] };
  const merges: LoadedMerge[] = [];
  const disputes: LoadedDispute[] = [];
  const issues: DatasetIssue[] = [];
  for (const target of targets) {
    const read = await readDataset(target, displayRoot);
    if (!read.ok) {
      issues.push(...read.issues);
      continue;
    }
    all.sources.push(...read.dataset.sources);
    all.entities.push(...read.dataset.entities);
    all.relationships.push(...read.dataset.relationships);
    merges.push(...(read.dataset.merges ?? []));
    disputes.push(...(read.dataset.disputes ?? []));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: { ...all, merges, disputes } };
}
