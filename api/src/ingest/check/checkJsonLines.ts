import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { recordLabel, relationshipId } from '../dataset.ts';
import { createDatasetChecker, type ExternalEntity } from '../datasetChecker.ts';
import type { DatasetIssue } from '../datasetIssue.ts';
import { type LineKind, lineKindOf, parseDatasetLine } from '../datasetLine.ts';
import { loadJsonLine } from '../read/loadJsonLine.ts';
import { readLineBatches } from '../read/readLineBatches.ts';
import { fingerprint } from './fingerprintSet.ts';

/** What the checking pass over JSON Lines files found. */
export interface JsonLinesCheck {
  readonly issues: readonly DatasetIssue[];
  readonly counts: { readonly sources: number; readonly entities: number; readonly relationships: number };
  /** Whether all sources come before all entities, and these before all relationships, file after file: then one pass writes them in order. */
  readonly ordered: boolean;
}

/** Options of the check. */
export interface JsonLinesCheckOptions {
  /** Looks up ids that the files refer to but do not define (in the database); without it they are unknown. */
  readonly lookup?: (ids: string[]) => Promise<ReadonlyMap<string, ExternalEntity>>;
  /** Paths in messages are relative to this folder. */
  readonly displayRoot?: string;
  /** The check stops after this many problems. */
  readonly maxIssues?: number;
}

// The import runs this check beside its write pass, on the same event loop, and a file is read in
// chunks of a megabyte: thousands of lines checked in one go kept the write pass from sending its
// next batch, and Neo4j waited. Every 200 lines the check lets other work in.
const LINES_PER_TURN = 200;

const RANK: Record<LineKind, number> = { source: 0, entity: 1, relationship: 2 };

/**
 * Reads JSON Lines files once, line by line, and checks every record with the same rules as the
 * YAML format, keeping only what the cross-checks need: the kind of every id, the text of every
 * source, and a fingerprint of every relationship id. Nothing of the rows is kept.
 */
export async function checkJsonLines(files: readonly string[], options: JsonLinesCheckOptions = {}): Promise<JsonLinesCheck> {
  const root = options.displayRoot ?? process.cwd();
  const maxIssues = options.maxIssues ?? 1_000;
  const checker = createDatasetChecker({ deferUnknown: true, fingerprints: true });
  const issues = checker.issues;
  const counts = { sources: 0, entities: 0, relationships: 0 };
  let rank = 0;
  let ordered = true;
  const shownOf = (file: string) => path.relative(root, file) || file;
  read: for (const file of files) {
    const shown = shownOf(file);
    for await (const batch of readLineBatches(file)) {
      for (let i = 0; i < batch.lines.length; i++) {
        if (i % LINES_PER_TURN === LINES_PER_TURN - 1) await nextTurn();
        const text = batch.lines[i] as string;
        if (text.trim() === '') continue;
        const line = batch.first + i;
        const parsed = parseDatasetLine(text, shown, line);
        const loaded = parsed.ok ? loadJsonLine(parsed.line, { file, shown, line }) : parsed;
        if (!loaded.ok) issues.push(...loaded.issues);
        else {
          const { kind, record } = loaded.loaded;
          if (RANK[kind] < rank) ordered = false;
          rank = Math.max(rank, RANK[kind]);
          if (kind === 'source') {
            counts.sources += 1;
            checker.defineSource(record);
          } else if (kind === 'entity') {
            counts.entities += 1;
            checker.defineEntity(record);
            checker.checkEntity(record);
          } else {
            counts.relationships += 1;
            checker.checkRelationship(record);
          }
        }
        if (issues.length >= maxIssues) break read;
      }
    }
  }
  if (issues.length >= maxIssues) {
    issues.push({ file: shownOf(files[files.length - 1] ?? ''), message: `stopped checking after ${maxIssues} problems` });
    return { issues, counts, ordered };
  }
  if (checker.suspects.size > 0) issues.push(...(await confirmDuplicates(files, checker.suspects, shownOf)));
  const unresolved = checker.unresolved();
  checker.finish(unresolved.length > 0 && options.lookup ? await options.lookup(unresolved) : new Map());
  // Checks that waited for the end, and confirmed repeats, take their place in file and line order.
  const fileOrder = new Map(files.map((f, i) => [shownOf(f), i]));
  const position = (i: DatasetIssue) => (fileOrder.get(i.file) ?? files.length) * 2 ** 32 + (i.line ?? 2 ** 32 - 1);
  issues.sort((a, b) => position(a) - position(b));
  return { issues, counts, ordered };
}

/**
 * Reads the relationships again to tell real repeats from fingerprint collisions among the
 * suspects, and names the first occurrence of each repeat. Runs only when there are suspects.
 */
async function confirmDuplicates(
  files: readonly string[],
  suspects: ReadonlySet<number>,
  shownOf: (f: string) => string,
): Promise<DatasetIssue[]> {
  const firstSeen = new Map<string, string>();
  const issues: DatasetIssue[] = [];
  for (const file of files) {
    for await (const batch of readLineBatches(file)) {
      batch.lines.forEach((text, i) => {
        if (lineKindOf(text) !== 'relationship') return;
        const r = (JSON.parse(text) as { relationship: { type: string; from: string; to: string; key?: string } }).relationship;
        const rid = relationshipId(r);
        if (!suspects.has(fingerprint(rid))) return;
        const here = `${shownOf(file)}:${batch.first + i}`;
        const first = firstSeen.get(rid);
        if (first === undefined) firstSeen.set(rid, here);
        else {
          issues.push({
            file: shownOf(file),
            line: batch.first + i,
            id: recordLabel(r),
            field: 'key',
            message: `duplicate relationship (also in ${first}); give each a distinct "key"`,
          });
        }
      });
    }
  }
  return issues;
}
