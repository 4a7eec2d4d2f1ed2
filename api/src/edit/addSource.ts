import type { Principal } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import { readPrintedDate } from '../analysis/index.ts';
import { newAuditEvent, type AuditEvent } from '../domain/auditEvent.ts';
import { documentTextHash, normalizeUrl } from '../domain/documentKeys.ts';
import { InvalidInput } from '../errors.ts';
import { checkDataset } from '../ingest/check/checkDataset.ts';
import { sourceSchema } from '../ingest/datasetSchema.ts';
import { sourceRow } from '../ingest/graphRows.ts';
import type { EntityModel } from '../model/models.ts';
import { indexSources, toEntity } from '../model/rowMapping.ts';
import { parseInput, plainInput } from './graphqlInput.ts';

/** Why a document was taken for a copy of a stored source. */
export type DuplicateReason = 'SAME_URL' | 'SAME_TEXT';

/** What `addSource` did: stored the document (with its audit record), or named the source it copies. */
export interface SourceAdded {
  readonly source: EntityModel;
  readonly added: boolean;
  readonly duplicateOf: EntityModel | null;
  readonly duplicateReason: DuplicateReason | null;
  readonly audit: AuditEvent | null;
}

/** A document as sent: metadata as printed, and the full text. */
export interface SourceInput {
  readonly title: string;
  readonly language: string;
  readonly text: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
  readonly date?: string | null;
  readonly note?: string | null;
  readonly id?: string | null;
}

/** The id a document gets when none is given: the start of its text hash, so the same text always gets the same id. */
export function defaultSourceId(textHash: string): string {
  return `source:doc-${textHash.slice(0, 16)}`;
}

/** The source record of a document, validated like a source of an import; BAD_USER_INPUT naming every problem. */
function sourceRecord(input: SourceInput, textHash: string) {
  const given = plainInput(input) as Record<string, unknown>;
  const printed = typeof given.date === 'string' ? given.date.trim() : '';
  const iso = printed ? readPrintedDate(printed) : null;
  const record = {
    ...given,
    id: given.id ?? defaultSourceId(textHash),
    date: iso ?? undefined,
    ...(printed ? { datePrinted: printed } : {}),
  };
  if (record.date === undefined) delete record.date;
  return parseInput(sourceSchema, record, 'The source', String(record.id));
}

/**
 * Adds a document as a Source with its text, in one transaction with its audit record. A copy
 * of a stored source — the same normalised address, or the same text once white space is set
 * aside — is not stored: the answer names that source and why. Additions are serialised by a
 * lock, so two copies sent at once cannot both be stored.
 */
export async function addSource(db: Executor, actor: Principal, input: SourceInput): Promise<SourceAdded> {
  const textHash = documentTextHash(input.text);
  const record = sourceRecord(input, textHash);
  const text = record.text ?? '';
  if (text.trim().length === 0)
    throw new InvalidInput('The source', [{ id: record.id, field: 'text', message: 'is empty; paste the document’s text' }]);
  const loaded = { ...record, text, file: '(request)' };
  const issues = await checkDataset(db, { sources: [loaded], entities: [], relationships: [] });
  if (issues.length > 0) throw new InvalidInput('The source', issues);
  const row = sourceRow(loaded);
  const urlKey = record.url ? normalizeUrl(record.url) : null;
  return db.writeTransaction(async (tx) => {
    const load = async (id: string): Promise<EntityModel> => {
      const [found] = await tx.run('entityById', { id });
      return toEntity(found?.node ?? {}, indexSources(found?.sources));
    };
    const [dup] = await tx.run('findDuplicateSource', { at: new Date().toISOString(), urlKey, textHash, id: record.id });
    const copyOf = dup?.byUrl ?? dup?.byText ?? null;
    if (copyOf) {
      const existing = await load(copyOf);
      return { source: existing, added: false, duplicateOf: existing, duplicateReason: dup?.byUrl ? 'SAME_URL' : 'SAME_TEXT', audit: null };
    }
    if (dup?.idTakenBy) {
      throw new InvalidInput('The source', [
        { id: record.id, field: 'id', message: `is taken by a ${dup.idTakenBy}; give another id or leave it out` },
      ]);
    }
    await tx.run('createEntity', { row });
    const event = newAuditEvent(actor, 'ADD_SOURCE', record.id, `"${record.title}" (${record.language}), ${text.length} characters`);
    const [audit] = await tx.run('recordAudit', { event });
    return { source: await load(record.id), added: true, duplicateOf: null, duplicateReason: null, audit: audit?.event as AuditEvent };
  });
}
