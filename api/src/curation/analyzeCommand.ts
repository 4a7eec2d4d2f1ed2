import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isLang, type Lang } from '../../../common/langs.ts';
import { analyzeText, buildGazetteer, type Gazetteer } from '../analysis/index.ts';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../db/connectDatabase.ts';
import { loadGazetteer } from '../graph/graphGazetteer.ts';
import { formatAnalysis } from './formatAnalysis.ts';
import { guessLanguage, type PendingReview, pendingReview } from './pendingReview.ts';

/** What `npm run analyze -- --help` prints. */
export const ANALYZE_USAGE = `Usage:
  npm run analyze -- <article.txt> [--lang th|en|zh] [--json] [--offline]
      Analyses one text: the entities it names (with the graph's entities each may be), dates,
      meeting numbers and proposed relationships with their quotes. Readable text on standard
      output, or JSON with --json. Nothing is written to the graph.
  npm run analyze -- <folder> --out <dir> [--lang th|en|zh] [--offline]
      Batch: analyses every .txt file of the folder and writes one pending-review JSON file per
      text to <dir> (<name>.review.json: source file name, language, SHA-256 of the text, the
      text and its analysis), for review before anything enters the graph.

  Names come from the graph's entities and aliases in Thai, English and Chinese, read from Neo4j
  with the same configuration as npm run import. --offline reads no database: only the rules
  run (people by title, agencies by pattern, dates), with no names to link.
  --lang is the texts' language; without it, it is guessed from their script.`;

interface AnalyzeArgs {
  readonly target?: string;
  readonly lang?: string;
  readonly out?: string;
  readonly json: boolean;
  readonly offline: boolean;
  readonly help: boolean;
}

function parseArgs(argv: readonly string[]): AnalyzeArgs {
  const out: { -readonly [K in keyof AnalyzeArgs]: AnalyzeArgs[K] } = { json: false, offline: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') out.json = true;
    else if (arg === '--offline') out.offline = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg === '--lang' || arg === '--out') out[arg.slice(2) as 'lang' | 'out'] = argv[++i] ?? '';
    else if (!arg.startsWith('--') && out.target === undefined) out.target = arg;
    else throw new UsageError(`Unknown argument "${arg}".`);
  }
  return out;
}

class UsageError extends Error {}

/** The gazetteer to analyse with and how to say where it came from. */
interface Names {
  readonly gazetteer: Gazetteer;
  readonly info: PendingReview['gazetteer'];
  close(): Promise<void>;
}

async function openNames(offline: boolean, say: (line: string) => void): Promise<Names> {
  if (offline) {
    say('Offline: an empty gazetteer; mentions are found by rule only, with no candidates from the graph.');
    return { gazetteer: buildGazetteer([]), info: { source: 'none', entities: 0, stamp: null }, close: async () => {} };
  }
  let db;
  try {
    db = await connectDatabase(loadConfig(), say);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nTo analyse without the graph's names, add --offline.`);
  }
  try {
    const started = performance.now();
    const { gazetteer, stamp } = await loadGazetteer(db.executor);
    say(
      `Gazetteer: the names of ${gazetteer.size} entities from the graph at ${db.uri}, built in ${Math.round(performance.now() - started)} ms.`,
    );
    return { gazetteer, info: { source: 'graph', entities: gazetteer.size, stamp }, close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Runs `npm run analyze`: one text to standard output, or a folder of texts to pending-review files. Returns the exit code. */
export async function analyzeCommand(argv: readonly string[]): Promise<number> {
  let args: AnalyzeArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${ANALYZE_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(ANALYZE_USAGE);
    return 0;
  }
  if (!args.target || (args.lang !== undefined && !isLang(args.lang)) || args.out === '') {
    console.error(ANALYZE_USAGE);
    return 2;
  }
  const lang: Lang | undefined = args.lang as Lang | undefined;
  const target = path.resolve(args.target);
  const folder = (await stat(target)).isDirectory();
  if (folder !== (args.out !== undefined)) {
    console.error(folder ? 'A folder is analysed into pending reviews: give --out <dir>.' : '--out is for a folder of texts.');
    return 2;
  }
  const say = (line: string) => console.error(line);
  const names = await openNames(args.offline, say);
  try {
    if (!folder) {
      const text = await readFile(target, 'utf8');
      const language = lang ?? guessLanguage(text);
      const analysis = analyzeText(text, { gazetteer: names.gazetteer, language });
      process.stdout.write(args.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysis(analysis));
      return 0;
    }
    const files = (await readdir(target)).filter((f) => f.endsWith('.txt')).sort();
    const outDir = path.resolve(args.out as string);
    await mkdir(outDir, { recursive: true });
    for (const file of files) {
      const text = await readFile(path.join(target, file), 'utf8');
      const language = lang ?? guessLanguage(text);
      const analysis = analyzeText(text, { gazetteer: names.gazetteer, language });
      const review = pendingReview(file, text, language, names.info, analysis);
      await writeFile(path.join(outDir, `${file.replace(/\.txt$/, '')}.review.json`), `${JSON.stringify(review, null, 2)}\n`, 'utf8');
      say(`${file}: ${analysis.mentions.length} mentions, ${analysis.dates.length} dates, ${analysis.proposals.length} proposals.`);
    }
    console.log(`Wrote ${files.length} pending review(s) to ${outDir}.`);
    return 0;
  } finally {
    await names.close();
  }
}
