import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, LoadedEntity, LoadedRelationship, LoadedSource } from './dataset.ts';
import type { DatasetIssue, Result } from './datasetIssue.ts';
import { parseDatasetDocument } from './parseDatasetDocument.ts';

/** The file names read as YAML or JSON datasets. */
export const DATA_FILE = /\.(ya?ml|json)$/i;

/** Lists the dataset files at a path: the file itself, or every YAML/JSON file below a folder, sorted. */
export async function listDatasetFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && DATA_FILE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads and schema-checks every dataset file at a path; text files of sources are loaded too. */
export async function readDataset(target: string, displayRoot = process.cwd()): Promise<Result<{ dataset: Dataset }>> {
  const files = await listDatasetFiles(target);
  const issues: DatasetIssue[] = [];
  const sources: LoadedSource[] = [];
  const entities: LoadedEntity[] = [];
  const relationships: LoadedRelationship[] = [];
  if (files.length === 0) {
    return { ok: false, issues: [{ file: target, message: 'no .yaml, .yml or .json dataset files found' }] };
  }
  for (const file of files) {
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
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: { sources, entities, relationships } };
}
