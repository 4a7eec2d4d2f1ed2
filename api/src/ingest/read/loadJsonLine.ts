import { type LoadedEntity, type LoadedRelationship, type LoadedSource, recordLabel, type ResolvedCitation } from '../dataset.ts';
import type { DatasetIssue, Result } from '../datasetIssue.ts';
import type { DatasetLine } from '../datasetLine.ts';
import type { CitationRecord } from '../datasetSchema.ts';
import { readSourceText } from './readSourceText.ts';

/** A record of a JSON Lines file, loaded: a source with its text, or an entity or relationship with its citations' sources. */
export type LoadedLine =
  | { readonly kind: 'source'; readonly record: LoadedSource }
  | { readonly kind: 'entity'; readonly record: LoadedEntity }
  | { readonly kind: 'relationship'; readonly record: LoadedRelationship };

/**
 * Loads one checked line: reads a source's `textFile` (beside the dataset file) and requires
 * every citation to name its source, since a JSON Lines file has no `defaultSource`. It is
 * synchronous on purpose: it runs for every line.
 */
export function loadJsonLine(parsed: DatasetLine, where: { file: string; shown: string; line: number }): Result<{ loaded: LoadedLine }> {
  const at = { file: where.shown, line: where.line };
  if (parsed.kind === 'source') {
    const { text: inline, textFile, ...meta } = parsed.record;
    let text = inline;
    if (textFile !== undefined) {
      const read = readSourceText(where.file, textFile, { ...at, id: meta.id, field: 'textFile' });
      if (!read.ok) return read;
      text = read.text;
    }
    return { ok: true, loaded: { kind: 'source', record: { ...meta, ...(textFile ? { textFile } : {}), text: text ?? '', ...at } } };
  }
  const r = parsed.record;
  if (!r.citations.every((c: CitationRecord) => c.source)) {
    const missing = r.citations.flatMap((c: CitationRecord, i) => (c.source ? [] : [i]));
    const id = recordLabel(parsed.record);
    const issues: DatasetIssue[] = missing.map((i) => ({
      ...at,
      id,
      field: `citations[${i}].source`,
      message: 'no source (a JSON Lines file has no defaultSource)',
    }));
    return { ok: false, issues };
  }
  // Every citation names its source, so the parsed list already is a list of resolved citations.
  const citations = r.citations as ResolvedCitation[];
  return parsed.kind === 'entity'
    ? { ok: true, loaded: { kind: 'entity', record: { ...parsed.record, citations, ...at } } }
    : { ok: true, loaded: { kind: 'relationship', record: { ...parsed.record, citations, ...at } } };
}
