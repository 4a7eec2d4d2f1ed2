import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { applySchema } from '../db/migrations.ts';
import { connectDatabase } from '../db/connectDatabase.ts';
import { addSource } from '../edit/addSource.ts';
import { AppError } from '../errors.ts';
import { readDocumentFile } from './documentFile.ts';

/** What `npm run add-source -- --help` prints. */
export const ADD_SOURCE_USAGE = `Usage:
  npm run add-source -- <article.txt | folder> [--by <name>]
      Adds a document, or every .txt file of a folder, as a Source with its full text, validated
      and recorded in the audit log like an import (as <name>, default "cli"). A copy of a
      source already stored — the same address (scheme and host case, trailing slash and
      fragment aside) or the same text (white space aside) — is not stored again: it is reported
      with the source it copies.

  Metadata: a YAML front matter block at the top of the file (not part of the text), or a
  sidecar file beside it (article.yaml for article.txt); the front matter wins field by field.
      ---
      title: ประชุมคณะกรรมการร่วมไทย-จีน ครั้งที่ 4     (required)
      url: https://www.example.org/news/1
      publisher: บพท.
      date: 20 ก.ย. 2566                               (as printed; read into an ISO date when it gives day, month and year)
      language: th                                     (guessed from the script when absent)
      note: Excerpt: the first three paragraphs.
      id: source:my-id                                 (default: source:doc- and the start of the text's hash)
      ---`;

/** Runs `npm run add-source`: each file added, reported as added, a copy, or a problem. Returns the exit code. */
export async function addSourceCommand(argv: readonly string[]): Promise<number> {
  const byAt = argv.indexOf('--by');
  const by = byAt >= 0 ? (argv[byAt + 1] ?? '') : 'cli';
  const rest = argv.filter((_a, i) => byAt < 0 || (i !== byAt && i !== byAt + 1));
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(ADD_SOURCE_USAGE);
    return 0;
  }
  if (rest.length !== 1 || !/^[A-Za-z0-9._@-]{1,64}$/.test(by)) {
    console.error(ADD_SOURCE_USAGE);
    return 2;
  }
  const target = path.resolve(rest[0] as string);
  if (!existsSync(target)) {
    console.error(`${target} does not exist; give a .txt file or a folder of them.`);
    return 2;
  }
  const files = (await stat(target)).isDirectory()
    ? (await readdir(target))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  const db = await connectDatabase(loadConfig(), (line) => console.error(line));
  const counts = { added: 0, copies: 0, problems: 0 };
  try {
    await applySchema(db.executor);
    for (const file of files) {
      const name = path.basename(file);
      const sidecarPath = file.replace(/\.[^.]+$/, '.yaml');
      const sidecar = sidecarPath !== file && existsSync(sidecarPath) ? await readFile(sidecarPath, 'utf8') : null;
      const read = readDocumentFile(await readFile(file, 'utf8'), sidecar, name);
      if (!read.ok) {
        counts.problems += 1;
        for (const p of read.problems) console.error(p);
        continue;
      }
      try {
        const result = await addSource(db.executor, { name: by, role: 'editor' }, read.input);
        if (result.added) {
          counts.added += 1;
          console.log(`${name}: added as ${result.source.id}`);
        } else {
          counts.copies += 1;
          const why = result.duplicateReason === 'SAME_URL' ? 'the same address' : 'the same text';
          console.log(`${name}: not added, a copy of ${result.duplicateOf?.id} (${why})`);
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        counts.problems += 1;
        console.error(`${name}: ${error.message}`);
      }
    }
  } finally {
    await db.close();
  }
  console.log(`${counts.added} added, ${counts.copies} copies of stored sources, ${counts.problems} with problems.`);
  return counts.problems > 0 ? 1 : 0;
}
