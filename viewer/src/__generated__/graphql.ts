/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Items reviewed from one document, to be written together. */
export type ChangesetInput = {
  /** New entities. */
  entities?: Array<EntityInput>;
  note?: string | null | undefined;
  /** New relationships, or replacements of ones with the same type, endpoints and key. */
  relationships?: Array<RelationshipInput>;
  /** The source (document) the items were read from; every item cites it at least once. */
  source: string | number;
  /** Existing entities the review extends (names, aliases, citations), replaced as updateEntity does. */
  updates?: Array<EntityInput>;
};

/** The source of a fact and the quote from it, verbatim in the source's language. */
export type CitationInput = {
  /** The attributes this quote supports, e.g. ["startDate"]; every dated or numeric attribute needs one. */
  about?: Array<string> | null | undefined;
  quote: string;
  /** The id of a source already in the graph (or in the same import). */
  source: string | number;
};

/** How much of a date a source printed. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  /** A day and month without a printed year (`--mm-dd`): never placed on a guessed year. */
  | 'NO_YEAR'
  | 'YEAR';

/** Why a document was taken for a copy of a source already stored. */
export type DuplicateReason =
  /** The same text, once runs of white space are set aside. */
  | 'SAME_TEXT'
  /** The same address, once scheme and host case, default port, trailing slash and fragment are set aside. */
  | 'SAME_URL';

/** An entity in the import format. Every entity needs at least one citation. */
export type EntityInput = {
  aliases?: Array<string> | null | undefined;
  attributes?: Record<string, unknown> | null | undefined;
  citations: Array<CitationInput>;
  /** ISO 3166 alpha-2 code of the entity's side, e.g. TH or CN. */
  country?: string | null | undefined;
  id: string | number;
  kind: EntityKind;
  names: NamesInput;
};

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

/** What a reviewer decided about a mention. */
export type MentionAction =
  /** The mention names an entity already in the graph. */
  | 'LINK'
  /** The mention names an entity the review created. */
  | 'NEW_ENTITY'
  /** The span names no entity. */
  | 'NOT_ENTITY';

/** One review decision about a mention, to be proposed again for the same name in the same kind of context. */
export type MentionDecisionInput = {
  action: MentionAction;
  /** The mention's context as the analysis gave it (`Mention.context`). */
  context: string;
  /** The entity linked or created; none for NOT_ENTITY. */
  entity?: string | number | null | undefined;
  /** The mention's kind as the analysis gave it (`Mention.kind`). */
  kind?: EntityKind | null | undefined;
  /** The name as printed. */
  text: string;
};

/** Names in up to three languages. */
export type NamesInput = {
  en?: string | null | undefined;
  th?: string | null | undefined;
  zh?: string | null | undefined;
};

/** A relationship in the import format. Every relationship needs at least one citation. */
export type RelationshipInput = {
  attributes?: Record<string, unknown> | null | undefined;
  citations: Array<CitationInput>;
  from: string | number;
  /** Tells apart two relationships of one type between the same entities. */
  key?: string | null | undefined;
  to: string | number;
  type: string;
};

/** A document to add: its metadata as printed and its full text. */
export type SourceInput = {
  /** The publication date as printed (`20 ก.ย. 2566`, `2017年4月5日`, `2023-09-20`); read into `Source.date` when it gives day, month and year. */
  date?: string | null | undefined;
  /** The id to give it (`source:…`); by default `source:doc-` and the start of the text's hash. */
  id?: string | number | null | undefined;
  /** The language code of the text: th, en, zh … */
  language: string;
  /** What the document is and how it was read (an excerpt, a translation …). */
  note?: string | null | undefined;
  publisher?: string | null | undefined;
  /** The full text as read; quotes cite spans of it, so it is stored exactly as sent. */
  text: string;
  title: string;
  /** The address it was read at (http or https). */
  url?: string | null | undefined;
};

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

export type ReviewAddSourceMutationVariables = Exact<{
  input: SourceInput;
}>;


export type ReviewAddSourceMutation = { addSource: { added: boolean, duplicateReason: DuplicateReason | null, duplicateOf: { id: string, title: string } | null, source: { id: string, title: string, language: string, text: string } } };

export type ReviewAnalyzeQueryVariables = Exact<{
  text: string;
  language?: Lang | null | undefined;
}>;


export type ReviewAnalyzeQuery = { analyzeText: { mentions: Array<{ start: number, end: number, text: string, kind: EntityKind | null, rule: string, context: string, candidates: Array<{ score: number, reason: string, entity:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
         }>, decision: { action: MentionAction, sameContext: boolean, decidedBy: string, decidedAt: string } | null }>, proposals: Array<{ type: string, from: number, to: number, rule: string, attributes: Record<string, unknown>, quote: { start: number, end: number, text: string } }> } };

export type ReviewSimilarNamesQueryVariables = Exact<{
  name: string;
  kind?: EntityKind | null | undefined;
}>;


export type ReviewSimilarNamesQuery = { similarNames: Array<{ score: number, reason: string, entity:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
     }> };

export type ReviewCommitMutationVariables = Exact<{
  input: ChangesetInput;
}>;


export type ReviewCommitMutation = { commitChangeset: { id: string, createdBy: string, createdAt: string, revertedBy: string | null, revertedAt: string | null, entities: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, relationships: Array<{ id: string, type: string, from: string, to: string }> } };

export type ReviewChangesetFragment = { id: string, createdBy: string, createdAt: string, revertedBy: string | null, revertedAt: string | null, entities: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, relationships: Array<{ id: string, type: string, from: string, to: string }> };

export type ReviewRememberMutationVariables = Exact<{
  source: string | number;
  decisions: Array<MentionDecisionInput> | MentionDecisionInput;
}>;


export type ReviewRememberMutation = { rememberDecisions: number };

export type ReviewRevertMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReviewRevertMutation = { revertChangeset: { id: string, createdBy: string, createdAt: string, revertedBy: string | null, revertedAt: string | null, entities: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, relationships: Array<{ id: string, type: string, from: string, to: string }> } };

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
export const ReviewChangesetFragmentDoc = new TypedDocumentString(`
    fragment ReviewChangeset on Changeset {
  id
  createdBy
  createdAt
  revertedBy
  revertedAt
  entities {
    id
    name
  }
  relationships {
    id
    type
    from
    to
  }
}
    `, {"fragmentName":"ReviewChangeset"}) as unknown as TypedDocumentString<ReviewChangesetFragment, unknown>;
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
export const ReviewAddSourceDocument = new TypedDocumentString(`
    mutation ReviewAddSource($input: SourceInput!) {
  addSource(input: $input) {
    added
    duplicateReason
    duplicateOf {
      id
      title
    }
    source {
      id
      title
      language
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAddSourceMutation, ReviewAddSourceMutationVariables>;
export const ReviewAnalyzeDocument = new TypedDocumentString(`
    query ReviewAnalyze($text: String!, $language: Lang) {
  analyzeText(text: $text, language: $language) {
    mentions {
      start
      end
      text
      kind
      rule
      context
      candidates {
        score
        reason
        entity {
          id
          kind
          name
        }
      }
      decision {
        action
        sameContext
        decidedBy
        decidedAt
      }
    }
    proposals {
      type
      from
      to
      rule
      attributes
      quote {
        start
        end
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAnalyzeQuery, ReviewAnalyzeQueryVariables>;
export const ReviewSimilarNamesDocument = new TypedDocumentString(`
    query ReviewSimilarNames($name: String!, $kind: EntityKind) {
  similarNames(name: $name, kind: $kind, first: 5) {
    score
    reason
    entity {
      id
      kind
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewSimilarNamesQuery, ReviewSimilarNamesQueryVariables>;
export const ReviewCommitDocument = new TypedDocumentString(`
    mutation ReviewCommit($input: ChangesetInput!) {
  commitChangeset(input: $input) {
    ...ReviewChangeset
  }
}
    fragment ReviewChangeset on Changeset {
  id
  createdBy
  createdAt
  revertedBy
  revertedAt
  entities {
    id
    name
  }
  relationships {
    id
    type
    from
    to
  }
}`) as unknown as TypedDocumentString<ReviewCommitMutation, ReviewCommitMutationVariables>;
export const ReviewRememberDocument = new TypedDocumentString(`
    mutation ReviewRemember($source: ID!, $decisions: [MentionDecisionInput!]!) {
  rememberDecisions(source: $source, decisions: $decisions)
}
    `) as unknown as TypedDocumentString<ReviewRememberMutation, ReviewRememberMutationVariables>;
export const ReviewRevertDocument = new TypedDocumentString(`
    mutation ReviewRevert($id: ID!, $reason: String!) {
  revertChangeset(id: $id, reason: $reason) {
    ...ReviewChangeset
  }
}
    fragment ReviewChangeset on Changeset {
  id
  createdBy
  createdAt
  revertedBy
  revertedAt
  entities {
    id
    name
  }
  relationships {
    id
    type
    from
    to
  }
}`) as unknown as TypedDocumentString<ReviewRevertMutation, ReviewRevertMutationVariables>;