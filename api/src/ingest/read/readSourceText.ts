import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { DatasetIssue, Result } from '../datasetIssue.ts';

/**
 * Reads the text file a source names (`textFile`), relative to the dataset file that names it.
 * The file must lie in that dataset file's folder or below it: a dataset names its own texts,
 * never other files of the machine it is imported on. Synchronous on purpose: a JSON Lines check
 * calls it line by line, and a promise per line cost more than the rare, small text files take.
 * `at` places the issue (the dataset file as shown, the line, the source id and field).
 */
export function readSourceText(datasetFile: string, textFile: string, at: Omit<DatasetIssue, 'message'>): Result<{ text: string }> {
  const folder = path.dirname(datasetFile);
  const outside = () => ({
    ok: false as const,
    issues: [
      {
        ...at,
        message:
          `"${textFile}" is outside the folder of ${at.file}; put the text in that folder or one below it ` +
          `and name it relative to ${at.file}, e.g. "sources/${path.basename(textFile)}"`,
      },
    ],
  });
  if (path.isAbsolute(textFile) || isOutside(folder, path.resolve(folder, textFile))) return outside();
  try {
    // The path is inside lexically; a symbolic link must not lead out of the folder either.
    if (isOutside(realpathSync(folder), realpathSync(path.resolve(folder, textFile)))) return outside();
    return { ok: true, text: readFileSync(path.resolve(folder, textFile), 'utf8') };
  } catch {
    return { ok: false, issues: [{ ...at, message: `cannot read ${textFile}` }] };
  }
}

function isOutside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
