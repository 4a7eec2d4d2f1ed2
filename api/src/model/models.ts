import type { EntityKind } from '../../../common/kinds.ts';
import type { LangEnum, LocalizedText } from '../../../common/langs.ts';
import type { StoredEntity, StoredRelationship } from '../db/storedProps.ts';

/** Names in the three languages, missing ones absent. */
export type NamesModel = LocalizedText;

/** One attribute as key/value text. */
export interface PropertyModel {
  readonly key: string;
  readonly value: string;
  readonly lang: LangEnum | null;
}

/** A citation with its source already resolved. */
export interface CitationModel {
  readonly source: EntityModel;
  readonly quote: string;
  readonly about: string[];
}

/** An entity as the resolvers, briefings and edits see it: decoded fields plus resolved citations. */
export interface EntityModel extends Omit<StoredEntity, 'kind' | 'citations'> {
  readonly kind: EntityKind;
  readonly citations: CitationModel[];
  /** Relationships read with the entity by a compiled read, by `linkKey(dir, type)`. */
  readonly links?: ReadonlyMap<string, LinkModel[]>;
}

/** A relationship, decoded, with its citations resolved. */
export interface RelationshipModel extends Omit<StoredRelationship, 'citations'> {
  readonly citations: CitationModel[];
}

/** A relationship seen from one end, with the entity at the other end. */
export interface LinkModel {
  readonly rel: RelationshipModel;
  /** The entity the relationship was followed from. */
  readonly self: EntityModel;
  readonly entity: EntityModel;
}

/** Nodes and edges: a neighbourhood, or one path. */
export interface SubgraphModel {
  readonly nodes: EntityModel[];
  readonly edges: RelationshipModel[];
  readonly truncated: boolean;
}

/** A search result. */
export interface SearchHitModel {
  readonly entity: EntityModel;
  readonly score: number;
}
