import { type EntityKind, labelOf } from '../../../common/kinds.ts';
import {
  encodeEntity,
  encodeRelationship,
  encodeSource,
  SOURCE_FIELDS,
  type StoredCitation,
  type StoredEntity,
  type RawProps,
  type StoredProps,
  type StoredRelationship,
} from '../db/storedProps.ts';
import { documentTextHash, normalizeUrl } from '../domain/documentKeys.ts';
import {
  decodeDispute,
  decodeMerge,
  encodeDispute,
  encodeMerge,
  parseRelationshipId,
  type StoredDispute,
  type StoredMerge,
} from '../db/storedDecisions.ts';
import { searchKey } from '../domain/searchKeys.ts';
import {
  type Dataset,
  type LoadedDispute,
  type LoadedEntity,
  type LoadedMerge,
  type LoadedRelationship,
  type LoadedSource,
  relationshipId,
} from './dataset.ts';
import type { DatasetFileInput } from './datasetSchema.ts';

/** A node as written to Neo4j: its id, extra label and flat properties. */
export interface NodeRow {
  readonly id: string;
  readonly label: string;
  readonly props: StoredProps;
}

/** A relationship as written to Neo4j. */
export interface RelationshipRow {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: StoredProps;
}

function keysOf(texts: readonly (string | undefined)[]): string[] {
  return [
    ...new Set(
      texts
        .filter((t): t is string => !!t)
        .map(searchKey)
        .filter(Boolean),
    ),
  ];
}

/** The node row of a source, with the keys a second copy is recognised by (`domain/documentKeys.ts`). */
export function sourceRow(s: Omit<LoadedSource, 'file'>): NodeRow {
  const urlKey = s.url ? normalizeUrl(s.url) : null;
  const props = { ...encodeSource(s, keysOf([s.title])), textHash: documentTextHash(s.text), ...(urlKey ? { urlKey } : {}) };
  return { id: s.id, label: labelOf('SOURCE'), props };
}

/** The node row of an entity. */
export function entityRow(e: Omit<LoadedEntity, 'file'>): NodeRow {
  return {
    id: e.id,
    label: labelOf(e.kind as EntityKind),
    props: encodeEntity(e, keysOf([e.names.th, e.names.en, e.names.zh, ...e.aliases])),
  };
}

/** The row of a relationship, with its stable id. */
export function relationshipRow(r: Omit<LoadedRelationship, 'file'>): RelationshipRow {
  const id = relationshipId(r);
  return {
    id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: encodeRelationship(id, r),
  };
}

/** A merge decision or dispute as written: its id, the entity it is about, and its properties. */
export interface DecisionRow {
  readonly id: string;
  /** The merged entity, or the dispute's subject. */
  readonly entity: string;
  readonly subject: string;
  readonly props: StoredProps;
}

/** The stored form of a merge decision as read from a dataset. */
export function storedMerge(m: Omit<LoadedMerge, 'file'>): StoredMerge {
  return { id: m.id, entity: m.entity, names: m.names, reason: m.reason, citations: m.citations };
}

/** The stored form of a dispute as read from a dataset: relationship statements by their stable id. */
export function storedDispute(d: Omit<LoadedDispute, 'file'>): StoredDispute {
  return {
    id: d.id,
    subject: d.subject,
    question: d.question,
    statements: d.statements.map((s) => ('relationship' in s ? { relationshipId: relationshipId(s.relationship) } : s)),
  };
}

/** The rows of a dataset's merge decisions. */
export function toMergeRows(dataset: Dataset): DecisionRow[] {
  return (dataset.merges ?? []).map((m) => ({ id: m.id, entity: m.entity, subject: m.entity, props: encodeMerge(storedMerge(m)) }));
}

/** The rows of a dataset's disputes. */
export function toDisputeRows(dataset: Dataset): DecisionRow[] {
  return (dataset.disputes ?? []).map((d) => ({ id: d.id, entity: d.subject, subject: d.subject, props: encodeDispute(storedDispute(d)) }));
}

/** Turns a dataset into node rows: sources first, then entities. */
export function toNodeRows(dataset: Dataset): NodeRow[] {
  return [...dataset.sources.map(sourceRow), ...dataset.entities.map(entityRow)];
}

/** Turns a dataset's relationships into rows with stable ids. */
export function toRelationshipRows(dataset: Dataset): RelationshipRow[] {
  return dataset.relationships.map(relationshipRow);
}

function citationsOf(citations: readonly StoredCitation[]) {
  return citations.map((c) => ({ source: c.source, quote: c.quote, ...(c.about.length ? { about: [...c.about] } : {}) }));
}

/** A stored source as the import format writes it. */
export function sourceRecordOf(n: StoredEntity): { id: string } & Record<string, unknown> {
  const s: Record<string, unknown> = { id: n.id };
  for (const f of SOURCE_FIELDS) if (n[f] !== undefined) s[f] = n[f];
  return s as { id: string } & Record<string, unknown>;
}

/** A stored entity (not a source) as the import format writes it. */
export function entityRecordOf(n: StoredEntity) {
  return {
    id: n.id,
    kind: n.kind,
    names: n.names,
    aliases: [...n.aliases],
    ...(n.country !== null ? { country: n.country } : {}),
    attributes: n.attributes,
    citations: citationsOf(n.citations),
  };
}

/** A stored relationship as the import format writes it. */
export function relationshipRecordOf(r: StoredRelationship) {
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    ...(r.key !== null ? { key: r.key } : {}),
    attributes: r.attributes,
    citations: citationsOf(r.citations),
  };
}

/** Merge decisions and disputes in the dataset format, from their stored properties; empty lists are left out. */
export function toDecisionSections(
  mergeProps: readonly RawProps[],
  disputeProps: readonly RawProps[],
): Pick<DatasetFileInput, 'merges' | 'disputes'> {
  const merges = mergeProps.map(decodeMerge).map((m) => ({
    id: m.id,
    entity: m.entity,
    names: [...m.names],
    reason: m.reason,
    citations: m.citations.map((c) => ({ source: c.source, quote: c.quote })),
  }));
  const disputes = disputeProps.map(decodeDispute).map((d) => ({
    id: d.id,
    subject: d.subject,
    question: d.question,
    statements: d.statements.map((s) =>
      'relationshipId' in s
        ? { relationship: parseRelationshipId(s.relationshipId) }
        : { value: s.value, citations: s.citations.map((c) => ({ source: c.source, quote: c.quote })) },
    ),
  }));
  return { ...(merges.length ? { merges } : {}), ...(disputes.length ? { disputes } : {}) };
}

/** Rebuilds a dataset file from decoded nodes and relationships, in a stable order; the inverse of the rows. */
export function toDatasetFile(nodes: readonly StoredEntity[], rels: readonly StoredRelationship[]): DatasetFileInput {
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  const sources = nodes
    .filter((n) => n.kind === 'SOURCE')
    .map(sourceRecordOf)
    .sort(byId);
  const entities = nodes
    .filter((n) => n.kind !== 'SOURCE')
    .map(entityRecordOf)
    .sort(byId);
  const relationships = rels.map(relationshipRecordOf).sort((a, b) => relationshipId(a).localeCompare(relationshipId(b)));
  return { sources, entities, relationships } as DatasetFileInput;
}
