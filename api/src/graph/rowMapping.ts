import { isEntityKind } from '../../../common/kinds.ts';
import { invariant } from '../errors.ts';
import type { CitationModel, EntityModel, RelationshipModel } from './models.ts';

type Props = Readonly<Record<string, unknown>>;

/** The sources returned beside a query's rows, by id. */
export type SourceIndex = ReadonlyMap<string, EntityModel>;

/** Indexes the `sources` column of a query result (source nodes without their text). */
export function indexSources(rows: unknown): SourceIndex {
  const index = new Map<string, EntityModel>();
  for (const props of (rows as Props[] | null) ?? []) {
    index.set(props.id as string, { id: props.id as string, kind: 'SOURCE', props, citations: [] });
  }
  return index;
}

function citations(props: Props, sources: SourceIndex): CitationModel[] {
  const ids = (props.citeSources as string[] | undefined) ?? [];
  const quotes = (props.citeQuotes as string[] | undefined) ?? [];
  const about = (props.citeAbout as string[] | undefined) ?? [];
  return ids.map((id, i) => {
    const source = sources.get(id);
    invariant(source, `citation source ${id} was not returned with the row`);
    return { source, quote: quotes[i] ?? '', about: (about[i] ?? '').split(',').filter(Boolean) };
  });
}

/** Maps a projected node (`n {.*}`) to an entity model. */
export function toEntity(props: Props, sources: SourceIndex): EntityModel {
  const kind = props.kind;
  invariant(isEntityKind(kind), `node ${String(props.id)} has no valid kind`);
  return { id: props.id as string, kind, props, citations: citations(props, sources) };
}

/** Maps a projected relationship (`r {.*, type, from, to}`) to a relationship model. */
export function toRelationship(props: Props, sources: SourceIndex): RelationshipModel {
  return {
    id: props.id as string,
    type: props.type as string,
    from: props.from as string,
    to: props.to as string,
    props,
    citations: citations(props, sources),
  };
}
