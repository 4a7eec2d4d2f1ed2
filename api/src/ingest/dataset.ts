import type { CitationRecord, DisputeRecord, EntityRecord, MergeRecord, RelationshipRecord, SourceRecord } from './datasetSchema.ts';

/** A citation whose source is known (a file's `defaultSource` filled in). */
export interface ResolvedCitation extends Omit<CitationRecord, 'source'> {
  readonly source: string;
}

/** A source with its full text loaded. */
export interface LoadedSource extends Omit<SourceRecord, 'text' | 'textFile'> {
  readonly text: string;
  /** Where the text was read from, relative to the dataset file, when it was not inline. */
  readonly textFile?: string;
  readonly file: string;
  /** The line, in a JSON Lines file. */
  readonly line?: number;
}

/** An entity with the file it came from and its citations resolved. */
export interface LoadedEntity extends Omit<EntityRecord, 'citations'> {
  readonly citations: readonly ResolvedCitation[];
  readonly file: string;
  /** The line, in a JSON Lines file. */
  readonly line?: number;
}

/** A relationship with the file it came from and its citations resolved. */
export interface LoadedRelationship extends Omit<RelationshipRecord, 'citations'> {
  readonly citations: readonly ResolvedCitation[];
  readonly file: string;
  /** The line, in a JSON Lines file. */
  readonly line?: number;
}

/** A merge decision with the file it came from. */
export interface LoadedMerge extends MergeRecord {
  readonly file: string;
}

/** A dispute with the file it came from. */
export interface LoadedDispute extends DisputeRecord {
  readonly file: string;
}

/** Everything read from a dataset file or folder, before cross-checks. */
export interface Dataset {
  readonly sources: readonly LoadedSource[];
  readonly entities: readonly LoadedEntity[];
  readonly relationships: readonly LoadedRelationship[];
  /** Merge decisions and disputes (YAML/JSON documents only). */
  readonly merges?: readonly LoadedMerge[];
  readonly disputes?: readonly LoadedDispute[];
}

/** The stable id of a relationship: endpoints, type and optional key. */
export function relationshipId(rel: Pick<RelationshipRecord, 'from' | 'type' | 'to' | 'key'>): string {
  return `${rel.from}|${rel.type}|${rel.to}${rel.key ? `|${rel.key}` : ''}`;
}

/** How a record is named in messages: a relationship as `from -TYPE-> to`, a source or entity by its id. */
export function recordLabel(record: { readonly id: string } | Pick<RelationshipRecord, 'from' | 'type' | 'to'>): string {
  return 'from' in record ? `${record.from} -${record.type}-> ${record.to}` : record.id;
}

/** The label of a record not checked yet (for schema messages), when it has an id or ends to be named by. */
export function rawRecordLabel(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id === 'string') return v.id;
  if (typeof v.from === 'string') return recordLabel({ from: v.from, type: String(v.type), to: String(v.to) });
  return undefined;
}
