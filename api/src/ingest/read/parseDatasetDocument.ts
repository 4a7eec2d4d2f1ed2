import { parse as parseYaml } from 'yaml';
import { type Dataset, type LoadedSource, rawRecordLabel, recordLabel } from '../dataset.ts';
import { type DatasetIssue, formatPath, type Result } from '../datasetIssue.ts';
import { type CitationRecord, datasetFileSchema } from '../datasetSchema.ts';
import { readSourceText } from './readSourceText.ts';

/** How a dataset document is written. */
export type DocumentFormat = 'yaml' | 'json';

/** Where a document comes from, and so whether it may name source texts by file. */
export interface DocumentOptions {
  /** The name shown in messages (a file path, or the name of an upload). */
  readonly name: string;
  readonly format: DocumentFormat;
  /** The document's path on disk, beside which a source's `textFile` is read; without it (an upload), `textFile` is refused. */
  readonly file?: string;
}

/** Parses and schema-checks one dataset document; cross-checks between records come later. */
export function parseDatasetDocument(body: string, options: DocumentOptions): Result<{ dataset: Dataset }> {
  const shown = options.name;
  let raw: unknown;
  try {
    raw = options.format === 'json' ? JSON.parse(body) : parseYaml(body);
  } catch (error) {
    return { ok: false, issues: [{ file: shown, message: `cannot be parsed: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = datasetFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ file: shown, ...locate(raw, issue.path), message: issue.message })) };
  }
  const data = parsed.data;
  const issues: DatasetIssue[] = [];
  const resolve = (citations: readonly CitationRecord[], id: string) =>
    citations.map((c, i) => {
      const source = c.source ?? data.defaultSource;
      if (!source)
        issues.push({ file: shown, id, field: `citations[${i}].source`, message: 'no source, and the file has no defaultSource' });
      return { ...c, source: source ?? '' };
    });
  const sources: LoadedSource[] = [];
  for (const [i, s] of data.sources.entries()) {
    let text = s.text;
    if (s.textFile !== undefined) {
      const at = { file: shown, id: s.id, field: `sources[${i}].textFile` };
      if (options.file === undefined) {
        issues.push({ ...at, message: 'give the text inline ("text"); files cannot be named here' });
        continue;
      }
      const read = readSourceText(options.file, s.textFile, at);
      if (!read.ok) {
        issues.push(...read.issues);
        continue;
      }
      text = read.text;
    }
    const { text: _inline, textFile, ...meta } = s;
    sources.push({ ...meta, ...(textFile ? { textFile } : {}), text: text ?? '', file: shown });
  }
  const entities = data.entities.map((e) => ({ ...e, citations: resolve(e.citations, e.id), file: shown }));
  const relationships = data.relationships.map((r) => ({
    ...r,
    citations: resolve(r.citations, recordLabel(r)),
    file: shown,
  }));
  const merges = data.merges.map((m) => ({ ...m, file: shown }));
  const disputes = data.disputes.map((d) => ({ ...d, file: shown }));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: { sources, entities, relationships, merges, disputes } };
}

/** Names the record a schema issue is in by its id, and the field inside it. */
function locate(raw: unknown, issuePath: readonly PropertyKey[]): { id?: string; field: string } {
  const [section, index, ...rest] = issuePath;
  if (typeof section === 'string' && typeof index === 'number' && raw && typeof raw === 'object') {
    const record = (raw as Record<string, unknown>)[section];
    const item: unknown = Array.isArray(record) ? record[index] : undefined;
    const id = rawRecordLabel(item);
    if (id) return { id, field: formatPath(rest) || '(record)' };
  }
  return { field: formatPath(issuePath) || '(file)' };
}
