import { isEntityKind } from '../../../common/kinds.ts';
import { decodeEntity, decodeRelationship, type RawProps, type StoredCitation } from '../db/storedProps.ts';
import { invariant } from '../errors.ts';
import { linkKey, type EntityPlan } from '../model/readPlan.ts';
import type { CitationModel, EntityModel, LinkModel, RelationshipModel } from './models.ts';

/** The sources returned beside a query's rows, by id. */
export type SourceIndex = ReadonlyMap<string, EntityModel>;

/** Indexes the `sources` column of a query result (source nodes without their text). */
export function indexSources(rows: unknown): SourceIndex {
  const index = new Map<string, EntityModel>();
  for (const props of (rows as RawProps[] | null) ?? []) {
    const source = decodeEntity(props);
    index.set(source.id, { ...source, kind: 'SOURCE', citations: [] });
  }
  return index;
}

/** A source that was not read because no one selected it: only its id is known. */
function unreadSource(id: string): EntityModel {
  return { id, kind: 'SOURCE', names: {}, aliases: [], country: null, attributes: {}, citations: [] };
}

function resolve(citations: readonly StoredCitation[], sources: SourceIndex | null): CitationModel[] {
  return citations.map((c) => {
    if (!sources) return { source: unreadSource(c.source), quote: c.quote, about: c.about };
    const source = sources.get(c.source);
    invariant(source, `citation source ${c.source} was not returned with the row`);
    return { source, quote: c.quote, about: c.about };
  });
}

/** Decodes a projected node (`n {.*}`) into an entity model, once. */
export function toEntity(props: RawProps, sources: SourceIndex): EntityModel {
  const stored = decodeEntity(props);
  const kind = stored.kind;
  invariant(isEntityKind(kind), `node ${String(props.id)} has no valid kind`);
  return { ...stored, kind, citations: resolve(stored.citations, sources) };
}

/** Decodes a projected relationship (`r {.*, type, from, to}`) into a relationship model, once. */
export function toRelationship(props: RawProps, sources: SourceIndex | null): RelationshipModel {
  const stored = decodeRelationship(props);
  return { ...stored, citations: resolve(stored.citations, sources) };
}

/** An entity as a compiled read returns it (`cypher/fragments/entity.cypher`). */
export interface EntityRow {
  readonly node: RawProps;
  /** The sources its citations name, when the plan reads them. */
  readonly sources?: RawProps[];
  /** One list per link of the plan, in its order; null where the entity's kind does not read it. Absent when the plan has no links. */
  readonly links?: (LinkRow[] | null)[];
}

/** A relationship as a compiled read returns it (`cypher/fragments/linksOut.cypher`): its type and ends are the plan's. */
export interface LinkRow {
  readonly rel: RawProps;
  /** The sources its citations name, when the plan reads them. */
  readonly sources?: RawProps[];
  readonly entity: EntityRow;
}

/**
 * Decodes an entity of a compiled read and, as its plan says, the relationships read with it:
 * citations get their sources where the plan read them (elsewhere only the source's id).
 */
export function toPlannedEntity(row: EntityRow, plan: EntityPlan): EntityModel {
  const stored = decodeEntity(row.node);
  const kind = stored.kind;
  invariant(isEntityKind(kind), `node ${String(row.node.id)} has no valid kind`);
  const sources = plan.sources ? indexSources(row.sources) : null;
  if (plan.links.length === 0) return { ...stored, kind, citations: resolve(stored.citations, sources) };
  const links = new Map<string, LinkModel[]>();
  const self: EntityModel = { ...stored, kind, citations: resolve(stored.citations, sources), links };
  plan.links.forEach((link, i) => {
    const rows = row.links?.[i];
    if (!rows) return;
    links.set(
      linkKey(link.dir, link.type),
      rows.map((r) => {
        const entity = toPlannedEntity(r.entity, link.entity);
        const [from, to] = link.dir === 'OUT' ? [self.id, entity.id] : [entity.id, self.id];
        const stored = decodeRelationship(r.rel);
        const rel = {
          ...stored,
          type: link.type,
          from,
          to,
          citations: resolve(stored.citations, link.sources ? indexSources(r.sources) : null),
        };
        return { self, rel, entity };
      }),
    );
  });
  return self;
}
