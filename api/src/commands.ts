import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateApiKey, keyLine, parseKeyLines, type Role, ROLES } from './auth/apiKeys.ts';
import { loadConfig } from './config.ts';
import { connectDatabase } from './db/connectDatabase.ts';
import type { Executor } from './db/executor.ts';
import type { Lang } from '../../common/langs.ts';
import { applySchema } from './db/migrations.ts';
import { checkJsonLines } from './ingest/check/checkJsonLines.ts';
import { type DatasetIssue, formatIssue } from './ingest/datasetIssue.ts';
import { findDataset } from './ingest/read/findDataset.ts';
import { importPath } from './ingest/importPath.ts';

const USAGE = `Usage:
  npm run briefing -- <id> [--lang th|en|zh] [--pdf out.pdf] [--md out.md] [--html out.html]
                                       a cited brief; Markdown on standard output unless a file is named
  npm run import -- <file or folder>   validate, then write in one transaction (idempotent)
  npm run export -- <file.yaml|.json>  write the whole graph in the import format
  npm run validate -- <file or folder> check a dataset without touching the database
  npm run coverage [-- <file or folder> …]
                                       what the datasets cover (default: the seed and the atlas),
                                       checked together, as Markdown
  npm run api-key -- new --name <name> [--role editor|reader] [--file path] [--print]
                                       make an API key: its hash is added to the keys file
                                       (default .data/api-keys) or, with --print, printed for API_KEYS
  npm run analyze -- <article.txt | folder --out dir> [--lang th|en|zh] [--json] [--offline]
                                       what a text names, its dates and proposed relationships
                                       (npm run analyze -- --help says more)
  npm run add-source -- <article.txt | folder> [--by name]
                                       (npm run add-source -- --help says more)`;

/**
 * The reading and checking of YAML and JSON dataset documents, loaded only by the commands that
 * need them: the YAML parser alone is some 70 modules, which an import of JSON Lines does not use.
 */
async function documentChecks() {
  const [{ readDataset, readDatasets }, { validateDataset }] = await Promise.all([
    import('./ingest/read/readDataset.ts'),
    import('./ingest/check/validateDataset.ts'),
  ]);
  return { readDataset, readDatasets, validateDataset };
}

/** Checks a dataset on its own; references to ids outside it are reported as unknown. */
async function validate(target: string): Promise<number> {
  let issues: readonly DatasetIssue[];
  let counts = { sources: 0, entities: 0, relationships: 0 };
  const found = await findDataset(target);
  if (!found.ok) issues = found.issues;
  else if (found.format === 'jsonLines') ({ issues, counts } = await checkJsonLines(found.files));
  else {
    const { readDataset, validateDataset } = await documentChecks();
    const read = await readDataset(found);
    issues = read.ok ? validateDataset(read.dataset) : read.issues;
    if (read.ok) {
      const d = read.dataset;
      counts = { sources: d.sources.length, entities: d.entities.length, relationships: d.relationships.length };
    }
  }
  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.length > 0) {
    console.error(`\n${issues.length} problem(s).`);
    return 1;
  }
  console.log(`OK: ${counts.sources} sources, ${counts.entities} entities, ${counts.relationships} relationships.`);
  return 0;
}

/** Prints what the datasets cover, after checking them together; 1 when they have problems. */
async function coverage(targets: readonly string[]): Promise<number> {
  const { readDatasets, validateDataset } = await documentChecks();
  const { coverageReport, formatCoverage } = await import('./ingest/coverageReport.ts');
  const read = await readDatasets(targets);
  const issues = read.ok ? validateDataset(read.dataset) : read.issues;
  for (const issue of issues) console.error(formatIssue(issue));
  if (!read.ok || issues.length > 0) {
    console.error(`\n${issues.length} problem(s); fix them for a coverage report.`);
    return 1;
  }
  console.log(formatCoverage(coverageReport(read.dataset)));
  return 0;
}

/** Reads `--name value` options after the positional arguments. */
function options(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i] as string;
    if (key.startsWith('--') && argv[i + 1] !== undefined) out.set(key.slice(2), argv[++i] as string);
  }
  return out;
}

/** Writes a brief as Markdown (default), HTML or PDF. */
async function briefing(executor: Executor, id: string, opts: Map<string, string>, chromiumPath: string): Promise<number> {
  const lang = opts.get('lang') ?? 'en';
  if (!['th', 'en', 'zh'].includes(lang)) {
    console.error('--lang must be th, en or zh');
    return 2;
  }
  const { loadBriefing } = await import('./briefing/loadBriefing.ts');
  const { briefingToHtml } = await import('./briefing/renderHtml.ts');
  const { briefingToMarkdown } = await import('./briefing/renderMarkdown.ts');
  const brief = await loadBriefing(executor, id, lang as Lang);
  if (!brief) {
    console.error(
      `No entity with id "${id}". Ids look like person:sirirurg-songsivilai; search for one in the viewer or with the search query.`,
    );
    return 1;
  }
  const pdf = opts.get('pdf');
  const md = opts.get('md');
  const html = opts.get('html');
  if (pdf) {
    // Loaded only when a PDF is asked for: the headless-browser driver takes seconds and ~70 MB to load, which import and export do not need.
    const { printBriefingPdf } = await import('./briefing/printPdf.ts');
    await printBriefingPdf(brief, pdf, chromiumPath);
  }
  if (md) await writeFile(md, briefingToMarkdown(brief), 'utf8');
  if (html) await writeFile(html, briefingToHtml(brief), 'utf8');
  if (!pdf && !md && !html) process.stdout.write(briefingToMarkdown(brief));
  else console.error(`Wrote the ${lang} brief of ${id} to ${[pdf, md, html].filter(Boolean).join(', ')}.`);
  return 0;
}

/** Makes an API key, stores its hash, and shows the key once. */
async function apiKey(opts: Map<string, string>, print: boolean): Promise<number> {
  const name = opts.get('name') ?? '';
  const role = opts.get('role') ?? 'editor';
  if (!/^[A-Za-z0-9._@-]{1,64}$/.test(name) || !(ROLES as readonly string[]).includes(role)) {
    console.error('Give --name (letters, digits, . _ @ -) and --role editor or reader.');
    return 2;
  }
  const key = generateApiKey();
  const line = keyLine(name, role as Role, key);
  if (print) {
    console.log(`API key for ${name} (${role}), shown once:\n  ${key}\nAdd this entry to API_KEYS (comma-separated):\n  ${line}`);
    return 0;
  }
  const file = path.resolve(opts.get('file') ?? loadConfig().apiKeys.file);
  const existing = existsSync(file) ? parseKeyLines(await readFile(file, 'utf8'), file) : [];
  if (existing.some((k) => k.name === name)) {
    console.error(`${file} already has a key named "${name}"; remove its line first or choose another name.`);
    return 1;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${line}\n`, { encoding: 'utf8', mode: 0o600 });
  console.log(
    `API key for ${name} (${role}), shown once — keep it secret:\n  ${key}\nIts hash was added to ${file}; restart the API to use it.`,
  );
  return 0;
}

async function run(argv: string[]): Promise<number> {
  const [command, target] = argv;
  // Each command loads what only it needs: the text analysis (Chinese script conversion, romanisation)
  // alone takes about a second to load, which `npm run import` would otherwise pay on every run.
  if (command === 'analyze') return (await import('./curation/analyzeCommand.ts')).analyzeCommand(argv.slice(1));
  if (command === 'add-source') return (await import('./curation/addSourceCommand.ts')).addSourceCommand(argv.slice(1));
  if (command === 'coverage') {
    const config = loadConfig();
    const targets = argv.length > 1 ? argv.slice(1).map((t) => path.resolve(t)) : [config.seedPath, ...config.atlasPaths];
    return coverage(targets);
  }
  if (!command || !target || !['import', 'export', 'validate', 'briefing', 'api-key'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  if (command === 'api-key') {
    if (target !== 'new') {
      console.error(USAGE);
      return 2;
    }
    return apiKey(options(argv.slice(2)), argv.includes('--print'));
  }
  const file = path.resolve(target);
  if (command === 'validate') return validate(file);
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => console.error(line));
  try {
    if (command === 'briefing') return await briefing(db.executor, target, options(argv.slice(2)), config.chromiumPath);
    if (command === 'import') {
      await applySchema(db.executor);
      const started = Date.now();
      const summary = await importPath(db.executor, file, { log: (line) => console.error(line) });
      console.log(`Imported ${summary.nodes} nodes and ${summary.relationships} relationships in ${Date.now() - started} ms.`);
    } else {
      const { exportToFile } = await import('./ingest/exportDataset.ts');
      const summary = await exportToFile(db.executor, file);
      console.log(
        `Exported ${summary.sources} sources, ${summary.entities} entities and ${summary.relationships} relationships to ${target}.`,
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Every error of ours carries its fix in the message; anything else is printed as it came.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
