import { DatasetInvalidError } from '../datasetIssue.ts';
import { type LineKind, lineKindOf } from '../datasetLine.ts';
import type { LoadedLine } from './loadJsonLine.ts';
import { normalizeCheckedLine } from './normalizeCheckedLine.ts';
import { readLineBatches } from './readLineBatches.ts';
import { readSourceText } from './readSourceText.ts';

/**
 * A line the check accepted, as the write pass reads it again: a `LoadedLine` without its file
 * and line, which rows do not need (placing every record again, with `loadJsonLine`, made the pass
 * markedly slower).
 */
export type CheckedLine = {
  [K in LoadedLine['kind']]: { readonly kind: K; readonly record: Omit<Extract<LoadedLine, { kind: K }>['record'], 'file' | 'line'> };
}[LoadedLine['kind']];

/** Options of the reading. */
export interface JsonLinesRecordsOptions {
  /** Awaited before the file named by a source's `textFile` is read (it may throw to stop the reading). */
  readonly beforeTextFile?: () => Promise<void>;
}

/**
 * Reads JSON Lines files that passed the check again and yields every record of the given kinds,
 * in file order, one at a time, loaded as the check loaded it but without checking it again
 * (`normalizeCheckedLine`), so the files must not change between the two passes; a line that no
 * longer parses throws.
 */
export async function* jsonLinesRecords(
  files: readonly string[],
  kinds: readonly LineKind[] = ['source', 'entity', 'relationship'],
  options: JsonLinesRecordsOptions = {},
): AsyncGenerator<CheckedLine> {
  const all = kinds.length === 3;
  for (const file of files) {
    for await (const batch of readLineBatches(file)) {
      for (let i = 0; i < batch.lines.length; i++) {
        const text = batch.lines[i] as string;
        if (text.trim() === '') continue;
        // Skip lines of other kinds without parsing them, when the first key tells.
        if (!all) {
          const kind = lineKindOf(text);
          if (kind !== undefined && !kinds.includes(kind)) continue;
        }
        let raw: Record<string, unknown>;
        try {
          raw = JSON.parse(text) as Record<string, unknown>;
        } catch {
          throw new Error(`${file}:${batch.first + i} changed during the import and no longer reads; nothing was written.`);
        }
        const line = normalizeCheckedLine(raw);
        if (!kinds.includes(line.kind)) continue;
        if (line.kind === 'source' && line.record.textFile !== undefined) {
          await options.beforeTextFile?.();
          const read = readSourceText(file, line.record.textFile, { file, line: batch.first + i, id: line.record.id, field: 'textFile' });
          if (!read.ok) throw new DatasetInvalidError(read.issues);
          yield { kind: 'source', record: { ...line.record, text: read.text } };
          continue;
        }
        // The check accepted the line: a source has its text, and every citation names its source.
        yield line as CheckedLine;
      }
    }
  }
}
