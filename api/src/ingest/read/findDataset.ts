import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../datasetIssue.ts';

/** The file names read as YAML or JSON documents, each read whole. */
export const DOCUMENT_FILE = /\.(ya?ml|json)$/i;

/** The file names read as JSON Lines, streamed line by line. */
export const JSON_LINES_FILE = /\.(ndjson|jsonl)$/i;

/** How a dataset is written, which decides how it is read: whole documents, or JSON Lines streamed. */
export type DatasetFormat = 'document' | 'jsonLines';

/** A dataset's files, sorted, all of one format. */
export interface FoundDataset {
  readonly format: DatasetFormat;
  readonly files: readonly string[];
}

/**
 * Finds the dataset at a path: the file itself, or every YAML/JSON file or every JSON Lines file
 * below a folder. A folder that mixes the two, or holds neither, is refused.
 */
export async function findDataset(target: string): Promise<Result<FoundDataset>> {
  if ((await stat(target)).isFile()) return { ok: true, format: JSON_LINES_FILE.test(target) ? 'jsonLines' : 'document', files: [target] };
  const files = (await readdir(target, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const documents = files.filter((f) => DOCUMENT_FILE.test(f));
  const jsonLines = files.filter((f) => JSON_LINES_FILE.test(f));
  if (documents.length > 0 && jsonLines.length > 0) {
    return { ok: false, issues: [{ file: target, message: 'mixes YAML/JSON files with JSON Lines files; import each kind on its own' }] };
  }
  if (jsonLines.length > 0) return { ok: true, format: 'jsonLines', files: jsonLines };
  if (documents.length > 0) return { ok: true, format: 'document', files: documents };
  return { ok: false, issues: [{ file: target, message: 'no dataset files found: .yaml, .yml or .json, or .ndjson or .jsonl' }] };
}
