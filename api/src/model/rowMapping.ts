import { isEntityKind } from '../../../common/kinds.ts';
import { decodeEntity, decodeRelationship, type RawProps, type StoredCitation } from '../db/storedProps.ts';
import { invariant } from '../errors.ts';
import type { CitationModel, EntityModel, RelationshipModel } from './models.ts';

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

function resolve(citations: readonly StoredCitation[], sources: SourceIndex): CitationModel[] {
  return citations.map((c) => {
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
export function toRelationship(props: RawProps, sources: SourceIndex): RelationshipModel {
  const stored = decodeRelationship(props);
  return { ...stored, citations: resolve(stored.citations, sources) };
}
