/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How much of a date a source printed. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  /** A day and month without a printed year (`--mm-dd`): never placed on a guessed year. */
  | 'NO_YEAR'
  | 'YEAR';

/** What an entity is. */
export type EntityKind =
  | 'AGENCY'
  | 'COMMITTEE'
  | 'MEETING'
  | 'PERSON'
  | 'PLACE'
  | 'PROGRAM'
  | 'SITE'
  | 'SOURCE'
  | 'TOPIC'
  | 'WORKING_GROUP';

/** A language of names and labels. */
export type Lang =
  /** English */
  | 'EN'
  /** Thai */
  | 'TH'
  /** Chinese */
  | 'ZH';

export type NeighborhoodQueryVariables = Exact<{
  seed: Array<string | number> | string | number;
  seedDepth: number;
  expanded: Array<string | number> | string | number;
  withExpanded: boolean;
  limit: number;
}>;


export type NeighborhoodQuery = { seed: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    >, edges: Array<{ id: string, type: string, from: string, to: string, th: string, en: string, zh: string }> }, expanded?: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    >, edges: Array<{ id: string, type: string, from: string, to: string, th: string, en: string, zh: string }> } };

export type SubgraphFieldsFragment = { truncated: boolean, nodes: Array<
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
  >, edges: Array<{ id: string, type: string, from: string, to: string, th: string, en: string, zh: string }> };

type NodeFields_Agency_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Committee_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Meeting_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Person_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Place_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Program_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Site_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Source_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_Topic_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

type NodeFields_WorkingGroup_Fragment = { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> };

export type NodeFieldsFragment =
  | NodeFields_Agency_Fragment
  | NodeFields_Committee_Fragment
  | NodeFields_Meeting_Fragment
  | NodeFields_Person_Fragment
  | NodeFields_Place_Fragment
  | NodeFields_Program_Fragment
  | NodeFields_Site_Fragment
  | NodeFields_Source_Fragment
  | NodeFields_Topic_Fragment
  | NodeFields_WorkingGroup_Fragment
;

export type EdgeFieldsFragment = { id: string, type: string, from: string, to: string, th: string, en: string, zh: string };

export type SearchQueryVariables = Exact<{
  text: string;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
     }> };

export type DetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsQuery = { entity:
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    | { aliases: Array<string>, id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, names: { th: string | null, en: string | null, zh: string | null }, citations: Array<{ quote: string, about: Array<string>, source: { id: string, title: string, url: string | null, language: string } }>, disputes: Array<{ id: string, question: string, statements: Array<{ value: string | null, relationship: { id: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> }>, properties: Array<{ key: string, value: string, lang: Lang | null }> }
   | null, around: { nodes: Array<
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    >, edges: Array<{ disputed: boolean, id: string, type: string, from: string, to: string, th: string, en: string, zh: string, disputes: Array<{ question: string }>, properties: Array<{ key: string, value: string, lang: Lang | null }>, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null, language: string } }> }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
      | { id: string, kind: EntityKind, countryCode: string | null, th: string, en: string, zh: string, properties: Array<{ key: string, value: string, lang: Lang | null }> }
    >, edges: Array<{ id: string, type: string, from: string, to: string, th: string, en: string, zh: string, citations: Array<{ quote: string, source: { id: string, title: string, language: string } }> }> }> };

export type TimelineQueryVariables = Exact<{
  first: number;
}>;


export type TimelineQuery = { timeline: Array<{ id: string, date: string, endDate: string | null, precision: DatePrecision, year: number | null, disputed: boolean, th: string, en: string, zh: string, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null, edge: { id: string, from: string, to: string } | null, disputes: Array<{ question: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on Entity {
  id
  kind
  countryCode
  th: name(lang: TH)
  en: name(lang: EN)
  zh: name(lang: ZH)
  properties {
    key
    value
    lang
  }
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Edge {
  id
  type
  from
  to
  th: label(lang: TH)
  en: label(lang: EN)
  zh: label(lang: ZH)
}
    `, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}
    fragment NodeFields on Entity {
  id
  kind
  countryCode
  th: name(lang: TH)
  en: name(lang: EN)
  zh: name(lang: ZH)
  properties {
    key
    value
    lang
  }
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  th: label(lang: TH)
  en: label(lang: EN)
  zh: label(lang: ZH)
}`, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($seed: [ID!]!, $seedDepth: Int!, $expanded: [ID!]!, $withExpanded: Boolean!, $limit: Int!) {
  seed: neighborhood(ids: $seed, depth: $seedDepth, limit: $limit) {
    ...SubgraphFields
  }
  expanded: neighborhood(ids: $expanded, depth: 1, limit: $limit) @include(if: $withExpanded) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  truncated
  nodes {
    ...NodeFields
  }
  edges {
    ...EdgeFields
  }
}
fragment NodeFields on Entity {
  id
  kind
  countryCode
  th: name(lang: TH)
  en: name(lang: EN)
  zh: name(lang: ZH)
  properties {
    key
    value
    lang
  }
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  th: label(lang: TH)
  en: label(lang: EN)
  zh: label(lang: ZH)
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, first: 8) {
    score
    entity {
      ...NodeFields
    }
  }
}
    fragment NodeFields on Entity {
  id
  kind
  countryCode
  th: name(lang: TH)
  en: name(lang: EN)
  zh: name(lang: ZH)
  properties {
    key
    value
    lang
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const DetailsDocument = new TypedDocumentString(`
    query Details($id: ID!) {
  entity(id: $id) {
    ...NodeFields
    names {
      th
      en
      zh
    }
    aliases
    citations {
      quote
      about
      source {
        id
        title
        url
        language
      }
    }
    disputes {
      id
      question
      statements {
        value
        relationship {
          id
        }
        citations {
          quote
          source {
            id
            title
            url
            language
          }
        }
      }
    }
  }
  around: neighborhood(ids: [$id], depth: 1, limit: 500) {
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
      disputed
      disputes {
        question
      }
      properties {
        key
        value
        lang
      }
      citations {
        quote
        source {
          id
          title
          url
          language
        }
      }
    }
  }
}
    fragment NodeFields on Entity {
  id
  kind
  countryCode
  th: name(lang: TH)
  en: name(lang: EN)
  zh: name(lang: ZH)
  properties {
    key
    value
    lang
  }
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  th: label(lang: TH)
  en: label(lang: EN)
  zh: label(lang: ZH)
}`) as unknown as TypedDocumentString<DetailsQuery, DetailsQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 6, first: 3) {
    length
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
      citations {
        quote
        source {
          id
          title
          language
        }
      }
    }
  }
}
    fragment NodeFields on Entity {
  id
  kind
  countryCode
  th: name(lang: TH)
  en: name(lang: EN)
  zh: name(lang: ZH)
  properties {
    key
    value
    lang
  }
}
fragment EdgeFields on Edge {
  id
  type
  from
  to
  th: label(lang: TH)
  en: label(lang: EN)
  zh: label(lang: ZH)
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($first: Int!) {
  timeline(first: $first) {
    id
    date
    endDate
    precision
    year
    th: label(lang: TH)
    en: label(lang: EN)
    zh: label(lang: ZH)
    entity {
      id
    }
    edge {
      id
      from
      to
    }
    disputed
    disputes {
      question
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;