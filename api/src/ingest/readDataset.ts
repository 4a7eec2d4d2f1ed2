import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Dataset, LoadedEntity, LoadedRelationship, LoadedSource, ResolvedCitation } from './dataset.ts';
import { type DatasetIssue, formatPath } from './datasetIssue.ts';
import { type CitationRecord, datasetFileSchema } from './datasetSchema.ts';

/** The file names read as YAML or JSON datasets. */
export const DATA_FILE = /\.(ya?ml|json)$/i;

/** The result of reading: the dataset, or the issues that stop it from being read. */
export type ReadResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

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
export async function readDataset(target: string, displayRoot = process.cwd()): Promise<ReadResult> {
  const files = await listDatasetFiles(target);
  const issues: DatasetIssue[] = [];
  const sources: LoadedSource[] = [];
  const entities: LoadedEntity[] = [];
  const relationships: LoadedRelationship[] = [];
  if (files.length === 0) {
    return { ok: false, issues: [{ file: target, message: 'no .yaml, .yml or .json dataset files found' }] };
  }
  for (const file of files) {
    const shown = path.relative(displayRoot, file) || file;
    let raw: unknown;
    try {
      const body = await readFile(file, 'utf8');
      raw = /\.json$/i.test(file) ? JSON.parse(body) : parseYaml(body);
    } catch (error) {
      issues.push({ file: shown, message: `cannot be parsed: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = datasetFileSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ file: shown, ...locate(raw, issue.path), message: issue.message });
      }
      continue;
    }
    const data = parsed.data;
    const resolve = (citations: readonly CitationRecord[], id: string): ResolvedCitation[] =>
      citations.map((c, i) => {
        const source = c.source ?? data.defaultSource;
        if (!source) {
          issues.push({ file: shown, id, field: `citations[${i}].source`, message: 'no source, and the file has no defaultSource' });
        }
        return { ...c, source: source ?? '' };
      });
    for (const [i, s] of data.sources.entries()) {
      let text = s.text;
      if (s.textFile !== undefined) {
        const textPath = path.resolve(path.dirname(file), s.textFile);
        try {
          text = await readFile(textPath, 'utf8');
        } catch {
          issues.push({ file: shown, id: s.id, field: `sources[${i}].textFile`, message: `cannot read ${s.textFile}` });
          continue;
        }
      }
      const { text: _inline, textFile, ...meta } = s;
      sources.push({ ...meta, ...(textFile ? { textFile } : {}), text: text ?? '', file: shown });
    }
    for (const e of data.entities) entities.push({ ...e, citations: resolve(e.citations, e.id), file: shown });
    for (const r of data.relationships) {
      relationships.push({ ...r, citations: resolve(r.citations, `${r.from} -${r.type}-> ${r.to}`), file: shown });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: { sources, entities, relationships } };
}

/** Names the record a schema issue is in by its id, and the field inside it. */
function locate(raw: unknown, issuePath: readonly PropertyKey[]): { id?: string; field: string } {
  const [section, index, ...rest] = issuePath;
  if (typeof section === 'string' && typeof index === 'number' && raw && typeof raw === 'object') {
    const record = (raw as Record<string, unknown>)[section];
    const item = Array.isArray(record) ? (record[index] as Record<string, unknown> | undefined) : undefined;
    const id =
      typeof item?.id === 'string'
        ? item.id
        : typeof item?.from === 'string'
          ? `${item.from} -${String(item.type)}-> ${String(item.to)}`
          : undefined;
    if (id) return { id, field: formatPath(rest) || '(record)' };
  }
  return { field: formatPath(issuePath) || '(file)' };
}
