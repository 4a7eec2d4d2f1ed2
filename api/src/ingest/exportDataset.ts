import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import type { Executor } from '../db/executor.ts';
import { decodeEntity, decodeRelationship } from '../db/storedProps.ts';
import type { DatasetFileInput } from './datasetSchema.ts';
import { toDatasetFile, toDecisionSections } from './graphRows.ts';
import { JSON_LINES_FILE } from './read/findDataset.ts';

/** Reads the whole graph, in one read transaction, back into the dataset format. */
export async function exportGraph(executor: Executor): Promise<DatasetFileInput> {
  const { nodes, rels, decisions } = await executor.readTransaction(async (tx) => ({
    nodes: await tx.run('exportNodes', {}),
    rels: await tx.run('exportRelationships', {}),
    decisions: await tx.run('exportDecisions', {}),
  }));
  const file = toDatasetFile(
    nodes.map((n) => decodeEntity(n.props)),
    rels.map((r) => decodeRelationship({ ...r.props, type: r.type, from: r.from, to: r.to })),
  );
  return { ...file, ...toDecisionSections(decisions[0]?.merges ?? [], decisions[0]?.disputes ?? []) };
}

/** Writes the graph to a YAML (or, for a `.json` name, JSON; for `.ndjson`/`.jsonl`, JSON Lines) file that `import` reads back unchanged. */
export async function exportToFile(
  executor: Executor,
  file: string,
): Promise<{ entities: number; relationships: number; sources: number }> {
  const data = await exportGraph(executor);
  if (JSON_LINES_FILE.test(file) && ((data.merges?.length ?? 0) > 0 || (data.disputes?.length ?? 0) > 0)) {
    throw new Error(
      `${file}: the graph holds merge decisions or disputes, which JSON Lines does not carry; export to a .yaml or .json file instead`,
    );
  }
  const body = JSON_LINES_FILE.test(file)
    ? toJsonLines(data)
    : file.toLowerCase().endsWith('.json')
      ? `${JSON.stringify(data, null, 2)}\n`
      : `# Exported from the Thai–China S&T knowledge graph; import with: npm run import -- <this file>\n${stringify(data, { lineWidth: 0 })}`;
  await writeFile(file, body, 'utf8');
  return { entities: data.entities?.length ?? 0, relationships: data.relationships?.length ?? 0, sources: data.sources?.length ?? 0 };
}

/** One line per record, sources first, then entities, then relationships: the order a streamed import reads in one pass. */
function toJsonLines(data: DatasetFileInput): string {
  const lines = [
    ...(data.sources ?? []).map((source) => ({ source })),
    ...(data.entities ?? []).map((entity) => ({ entity })),
    ...(data.relationships ?? []).map((relationship) => ({ relationship })),
  ];
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
