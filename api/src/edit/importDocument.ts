import type { Principal } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import { newAuditEvent, type AuditEvent } from '../domain/auditEvent.ts';
import { InvalidInput } from '../errors.ts';
import { DatasetInvalidError } from '../ingest/datasetIssue.ts';
import { importDataset } from '../ingest/write/importDataset.ts';
import { type DocumentFormat, parseDatasetDocument } from '../ingest/read/parseDatasetDocument.ts';

/** What an import over HTTP wrote, and its audit record. */
export interface ImportResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly audit: AuditEvent;
}

/** Imports a dataset document sent over HTTP: validated like a file (texts inline only), all or nothing, audited. */
export async function importDocument(
  db: Executor,
  actor: Principal,
  document: string,
  format: DocumentFormat,
  name: string,
): Promise<ImportResult> {
  const label = name.trim().slice(0, 100) || 'upload';
  const parsed = parseDatasetDocument(document, { name: label, format });
  if (!parsed.ok) throw new InvalidInput('The document', parsed.issues);
  const { sources, entities, relationships } = parsed.dataset;
  const event = newAuditEvent(
    actor,
    'IMPORT',
    label,
    `${sources.length} sources, ${entities.length} entities, ${relationships.length} relationships`,
  );
  try {
    const summary = await importDataset(db, parsed.dataset, { audit: event });
    return { nodes: summary.nodes, relationships: summary.relationships, audit: summary.audit ?? event };
  } catch (error) {
    if (error instanceof DatasetInvalidError) throw new InvalidInput('The document', error.issues);
    throw error;
  }
}
