import { isEntityKind } from '../../../common/kinds.ts';
import { decodeEntity, decodeRelationship, type RawProps, type StoredCitation } from '../db/storedProps.ts';
import { invariant } from '../errors.ts';
import { entityKeys, relationshipKeys } from './compileRead.ts';
import { linkKey, type EntityPlan } from './readPlan.ts';
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

/**
 * An entity as a compiled read returns it (`cypher/fragments/entity.cypher`): its properties
 * (a list in the positions of `entityKeys`, or a map of them all), then, as its plan reads them,
 * one list of relationship rows per link of the plan (null where the entity's kind does not read
 * it) and the sources its citations name.
 */
export type EntityRow = readonly unknown[];

/** A relationship as a compiled read returns it (`linksOut.cypher`): its properties (as `relationshipKeys`), the entity at its other end, its citations' sources when read. */
export type LinkRow = readonly [unknown, EntityRow, RawProps[]?];

/** The properties of a row, by name: a list in the positions `keys` gives (as long as the list is), or a map of them. */
export function propsOf(value: unknown, keys: readonly string[] | null): RawProps {
  if (!keys || !Array.isArray(value)) return value as RawProps;
  const props: Record<string, unknown> = {};
  for (let i = 0; i < value.length && i < keys.length; i++) props[keys[i] as string] = value[i];
  return props;
}

/**
 * Decodes an entity of a compiled read and, as its plan says, the relationships read with it
 * (their type and ends are the plan's): citations get their sources where the plan read them
 * (elsewhere only the source's id).
 */
export function toPlannedEntity(row: EntityRow, plan: EntityPlan): EntityModel {
  const props = propsOf(row[0], entityKeys(plan));
  const stored = decodeEntity(props);
  const kind = stored.kind;
  invariant(isEntityKind(kind), `node ${String(props.id)} has no valid kind`);
  const linkRows = plan.links.length > 0 ? (row[1] as (LinkRow[] | null)[]) : undefined;
  const sources = plan.sources ? indexSources(row[linkRows ? 2 : 1]) : null;
  if (!linkRows) return { ...stored, kind, citations: resolve(stored.citations, sources) };
  const links = new Map<string, LinkModel[]>();
  const self: EntityModel = { ...stored, kind, citations: resolve(stored.citations, sources), links };
  plan.links.forEach((link, i) => {
    const rows = linkRows[i];
    if (!rows) return;
    const keys = relationshipKeys(link);
    links.set(
      linkKey(link.dir, link.type),
      rows.map(([relProps, entityRow, relSources]) => {
        const entity = toPlannedEntity(entityRow, link.entity);
        const [from, to] = link.dir === 'OUT' ? [self.id, entity.id] : [entity.id, self.id];
        const stored = decodeRelationship(propsOf(relProps, keys));
        const rel = {
          ...stored,
          type: link.type,
          from,
          to,
          citations: resolve(stored.citations, link.sources ? indexSources(relSources) : null),
        };
        return { self, rel, entity };
      }),
    );
  });
  return self;
}
