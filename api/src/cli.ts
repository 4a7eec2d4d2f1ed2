import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { connectDatabase } from './db/connectDatabase.ts';
import { JavaMissingError } from './db/localNeo4j.ts';
import { applySchema } from './db/migrations.ts';
import { formatIssue } from './ingest/datasetIssue.ts';
import { exportToFile } from './ingest/exportDataset.ts';
import { DatasetInvalidError, importPath } from './ingest/importDataset.ts';
import { readDataset } from './ingest/readDataset.ts';
import { validateDataset } from './ingest/validateDataset.ts';

const USAGE = `Usage:
  npm run import -- <file or folder>   validate, then write in one transaction (idempotent)
  npm run export -- <file.yaml|.json>  write the whole graph in the import format
  npm run validate -- <file or folder> check a dataset without touching the database`;

/** Checks a dataset on its own; references to ids outside it are reported as unknown. */
async function validate(target: string): Promise<number> {
  const read = await readDataset(target);
  const issues = read.ok ? validateDataset(read.dataset) : read.issues;
  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.length > 0) {
    console.error(`\n${issues.length} problem(s).`);
    return 1;
  }
  if (read.ok) {
    const d = read.dataset;
    console.log(`OK: ${d.sources.length} sources, ${d.entities.length} entities, ${d.relationships.length} relationships.`);
  }
  return 0;
}

async function run(argv: string[]): Promise<number> {
  const [command, target] = argv;
  if (!command || !target || !['import', 'export', 'validate'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(target);
  if (command === 'validate') return validate(file);
  const db = await connectDatabase(loadConfig(), (line) => console.error(line));
  try {
    if (command === 'import') {
      await applySchema(db.executor);
      const started = Date.now();
      const summary = await importPath(db.executor, file, { log: (line) => console.error(line) });
      console.log(`Imported ${summary.nodes} nodes and ${summary.relationships} relationships in ${Date.now() - started} ms.`);
    } else {
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
    if (error instanceof DatasetInvalidError || error instanceof ConfigError || error instanceof JavaMissingError)
      console.error(error.message);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
