import type { QueryName } from './queryRegistry.ts';
import type { RawProps } from './storedProps.ts';

/** A projected node (`n {.*, text: null}`), still in storage encoding: decode it with storedProps.ts. */
type Node = RawProps;
/** A projected relationship (`r {.*, type, from, to}`), still in storage encoding. */
type Rel = RawProps;
/** The sources a row's citations name, without their text. */
type Sources = { readonly sources: Node[] };
/** A relationship with the entity at its other end. */
type Link = { readonly rel: Rel; readonly node: Node };
/** The same, with the entity at its start as well. */
type StartedLink = Link & { readonly start: Node };
/** The positions of a node of a neighbourhood read as a list (its citations' three lists follow when selected). */
export const NEIGHBORHOOD_NODE_KEYS = [
  'id',
  'kind',
  'name_th',
  'name_en',
  'name_zh',
  'aliases',
  'country',
  'title',
  'citeSources',
  'citeQuotes',
  'citeAbout',
] as const;
/** The positions of a relationship of a neighbourhood read as a list (its citations' two lists follow when selected). */
export const NEIGHBORHOOD_EDGE_KEYS = ['id', 'type', 'from', 'to', 'citeSources', 'citeQuotes'] as const;

/**
 * The columns of each named query's rows (`cypher/queries/<name>.cypher`), as plain values. The
 * Cypher's RETURN clause is the contract: change both together.
 */
export interface QueryRows {
  countNodes: { nodes: number; relationships: number };
  schemaIndexNames: { name: string };
  schemaConstraintNames: { name: string };
  entityById: Sources & { node: Node };
  relations: Sources & { id: string; type: string; dir: 'OUT' | 'IN'; links: Link[] };
  paths: Sources & { paths: { nodes: Node[]; rels: Rel[] }[] };
  sourceTexts: { id: string; text: string | null };
  existingEntities: { id: string; kind: string; text: string | null };
  mergeNodes: { written: number };
  mergeRelationships: { written: number };
  existingRelationships: { id: string };
  mergeMergeDecisions: { written: number };
  mergeDisputes: { written: number };
  /** Stored properties of every merge decision and dispute (decode with storedDecisions.ts). */
  exportDecisions: { merges: RawProps[]; disputes: RawProps[] };
  decisionsOf: { id: string; merges: RawProps[]; disputes: RawProps[] };
  disputedRelationships: { id: string; disputes: RawProps[] };
  relationshipsByIds: Sources & { rel: Rel };
  briefingSeries: Sources & { committee: Node; meetings: { node: Node; of: Rel; links: Link[] }[] };
  /** Dated entities and relationships (the filters applied in Cypher are coarse; `timelineEvents` applies the exact ones). */
  timeline: Sources & { nodes: Node[]; rels: Rel[]; ends: Node[] };
  exportNodes: { props: Node };
  exportRelationships: { type: string; from: string; to: string; props: Rel };
  briefingContext: Sources & {
    node: Node;
    links: Link[];
    parents: StartedLink[];
    topics: Link[];
    /** Meetings of the working groups the entity sits in (node: the meeting, start: the group). */
    groupMeetings: StartedLink[];
    counterparts: { node: Node; meetings: number; groups: number; pathNodes: Node[]; pathRels: Rel[]; orgs: Link[] }[];
    dataset: { version?: string; importedAt?: string } | null;
    disputes: RawProps[];
    relDisputes: { id: string; dispute: RawProps }[];
  };
  stampDataset: { version: string };
  createEntity: Sources & { node: Node };
  replaceEntity: Sources & { node: Node };
  linkEntities: Sources & { rel: Rel };
  deleteEntity: { kind: string; relationships: number };
  unlinkEntities: { removed: number };
  citationsOfSource: { entities: number; relationships: number; decisions: number };
  lockSources: { locked: number };
  /** An audit event, as `domain/auditEvent.ts` describes it. */
  recordAudit: { event: unknown };
  auditLog: { event: unknown };
  entitiesByIds: Sources & { node: Node };
  /** Names per entity for the analysis gazetteer, and the stamp of the graph they were read at. */
  gazetteerEntries: {
    stamp: string;
    entries: { id: string; kind: string; th: string | null; en: string | null; zh: string | null; aliases: string[] }[];
    /** Names reviewers linked to an entity (`MentionDecision`), found as its aliases. */
    remembered: { id: string; text: string }[];
  };
  datasetStamp: { stamp: string };
  /** Sources a new document copies (by address, by text), and the kind of the entity holding its id. */
  findDuplicateSource: { byUrl: string | null; byText: string | null; idTakenBy: string | null };
  rememberDecisions: { written: number };
  /** A remembered review decision, as `domain/mentionDecision.ts` describes it. */
  mentionDecisions: { decision: unknown };
  benchSamples: Record<string, unknown>;
  /** Every stored property, a source's text included. */
  entitySnapshots: { node: Node };
  relationshipsByRefs: Sources & { rel: Rel };
  entityRelationships: { id: string; relationships: string[] };
  recordAuditEvents: { event: unknown };
  /** A changeset, as `edit/changesetRecord.ts` describes it. */
  createChangeset: { changeset: unknown };
  changesetById: { changeset: unknown };
  lockChangeset: { changeset: unknown };
  markChangesetReverted: { changeset: unknown };
  listChangesets: { changeset: unknown };
  changesetEvents: { event: unknown };
  auditEventById: { event: unknown };
  /** A citation of `source` on `owner` (an entity or relationship id) whose quote is not in the source's text. */
  brokenCitations: { source: string; owner: string; quote: string };
  sourceFields: { id: string; text: string | null; url: string | null };
}

/** One row of a named query. */
export type RowOf<N extends QueryName> = QueryRows[N];
