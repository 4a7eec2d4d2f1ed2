import type { EntityKind } from '../../../common/kinds.ts';
import type { LocalizedText } from '../../../common/langs.ts';

/** Names in the three languages, missing ones absent. */
export type NamesModel = LocalizedText;

/** One attribute as key/value text. */
export interface PropertyModel {
  readonly key: string;
  readonly value: string;
  readonly lang: 'TH' | 'EN' | 'ZH' | null;
}

/** A citation with its source already resolved. */
export interface CitationModel {
  readonly source: EntityModel;
  readonly quote: string;
  readonly about: string[];
}

/** An entity as the resolvers see it: stored properties plus resolved citations. */
export interface EntityModel {
  readonly id: string;
  readonly kind: EntityKind;
  /** Every stored property (attributes under `attr_…`), except the full text of sources. */
  readonly props: Readonly<Record<string, unknown>>;
  readonly citations: CitationModel[];
}

/** A relationship with its citations resolved. */
export interface RelationshipModel {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, unknown>>;
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
