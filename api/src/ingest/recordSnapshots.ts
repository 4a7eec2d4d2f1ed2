import type { QueryRunner, Tx } from '../db/executor.ts';
import { decodeEntity, decodeRelationship, type RawProps } from '../db/storedProps.ts';
import { entityRecordOf, relationshipRecordOf, sourceRecordOf } from './graphRows.ts';

/** An entity, source or relationship in the import format, as the audit log keeps it. */
export type RecordSnapshot = Readonly<Record<string, unknown>>;

/** The endpoints, type and key a relationship's stable id is made of (`from|TYPE|to[|key]`). */
export interface RelationshipRef {
  readonly id: string;
  readonly from: string;
  readonly type: string;
  readonly to: string;
}

/** Whether an id names a relationship: entity ids never hold `|`, relationship ids always do. */
export function isRelationshipId(id: string): boolean {
  return id.includes('|');
}

/** The parts of a relationship's stable id. */
export function relationshipRef(id: string): RelationshipRef {
  const [from = '', type = '', to = ''] = id.split('|');
  return { id, from, type, to };
}

/** A stored node in the import format: a source with its fields and text, any other entity with its kind. */
export function nodeSnapshot(props: RawProps): RecordSnapshot {
  const entity = decodeEntity(props);
  return entity.kind === 'SOURCE' ? sourceRecordOf(entity) : entityRecordOf(entity);
}

/** A stored relationship (`r {.*, type, from, to}`) in the import format. */
export function relationshipSnapshot(props: RawProps): RecordSnapshot {
  return relationshipRecordOf(decodeRelationship(props));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Whether two snapshots (or null, for "not there") hold the same values, whatever the order of their keys. */
export function sameSnapshot(a: RecordSnapshot | null, b: RecordSnapshot | null): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Runs queries of a write transaction where a reader is expected (validation inside the transaction). */
export function runnerOf(tx: Tx): QueryRunner {
  return { read: (name, params = {}) => tx.run(name, params), write: (name, params = {}) => tx.run(name, params) };
}

/** The current snapshot of each id (entities, sources and relationships alike); absent ids are missing from the map. */
export async function readSnapshots(tx: Tx, ids: readonly string[]): Promise<Map<string, RecordSnapshot>> {
  const found = new Map<string, RecordSnapshot>();
  const entityIds = ids.filter((id) => !isRelationshipId(id));
  const refs = ids.filter(isRelationshipId).map(relationshipRef);
  if (entityIds.length > 0) {
    for (const row of await tx.run('entitySnapshots', { ids: entityIds })) found.set(String(row.node.id), nodeSnapshot(row.node));
  }
  if (refs.length > 0) {
    for (const row of await tx.run('relationshipsByRefs', { refs })) found.set(String(row.rel.id), relationshipSnapshot(row.rel));
  }
  return found;
}
