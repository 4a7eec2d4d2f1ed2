import path from 'node:path';
import { formatIssue } from './datasetIssue.ts';
import { type LineKind, lineKindOf, parseDatasetLine } from './datasetLine.ts';
import { type LoadedLine, loadJsonLine } from './loadJsonLine.ts';
import { readLineBatches } from './readLineBatches.ts';

/**
 * Reads checked JSON Lines files again and yields every record of the given kinds, in file
 * order, one at a time. A line that no longer reads (the file changed since the check) throws.
 */
export async function* jsonLinesRecords(
  files: readonly string[],
  kinds: readonly LineKind[] = ['source', 'entity', 'relationship'],
  displayRoot = process.cwd(),
): AsyncGenerator<LoadedLine> {
  const all = kinds.length === 3;
  for (const file of files) {
    const shown = path.relative(displayRoot, file) || file;
    for await (const batch of readLineBatches(file)) {
      for (let i = 0; i < batch.lines.length; i++) {
        const text = batch.lines[i] as string;
        if (text.trim() === '') continue;
        // Skip lines of other kinds without parsing them, when the first key tells.
        if (!all) {
          const kind = lineKindOf(text);
          if (kind !== undefined && !kinds.includes(kind)) continue;
        }
        const line = batch.first + i;
        const parsed = parseDatasetLine(text, shown, line);
        const loaded = parsed.ok ? loadJsonLine(parsed.line, { file, shown, line }) : parsed;
        if (!loaded.ok) throw new Error(`The dataset changed during the import: ${loaded.issues.map(formatIssue).join('; ')}`);
        if (kinds.includes(loaded.loaded.kind)) yield loaded.loaded;
      }
    }
  }
}
