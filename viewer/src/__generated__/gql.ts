/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Neighborhood($seed: [ID!]!, $seedDepth: Int!, $expanded: [ID!]!, $withExpanded: Boolean!, $limit: Int!) {\n    seed: neighborhood(ids: $seed, depth: $seedDepth, limit: $limit) {\n      ...SubgraphFields\n    }\n    expanded: neighborhood(ids: $expanded, depth: 1, limit: $limit) @include(if: $withExpanded) {\n      ...SubgraphFields\n    }\n  }\n\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n\n  fragment NodeFields on Entity {\n    id\n    kind\n    countryCode\n    th: name(lang: TH)\n    en: name(lang: EN)\n    zh: name(lang: ZH)\n    properties {\n      key\n      value\n      lang\n    }\n  }\n\n  fragment EdgeFields on Edge {\n    id\n    type\n    from\n    to\n    th: label(lang: TH)\n    en: label(lang: EN)\n    zh: label(lang: ZH)\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 8) {\n      score\n      entity {\n        ...NodeFields\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Details($id: ID!) {\n    entity(id: $id) {\n      ...NodeFields\n      names {\n        th\n        en\n        zh\n      }\n      aliases\n      citations {\n        quote\n        about\n        source {\n          id\n          title\n          url\n          language\n        }\n      }\n      disputes {\n        id\n        question\n        statements {\n          value\n          relationship {\n            id\n          }\n          citations {\n            quote\n            source {\n              id\n              title\n              url\n              language\n            }\n          }\n        }\n      }\n    }\n    around: neighborhood(ids: [$id], depth: 1, limit: 500) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        disputed\n        disputes {\n          question\n        }\n        properties {\n          key\n          value\n          lang\n        }\n        citations {\n          quote\n          source {\n            id\n            title\n            url\n            language\n          }\n        }\n      }\n    }\n  }\n": typeof types.DetailsDocument,
    "\n  query Paths($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 3) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        citations {\n          quote\n          source {\n            id\n            title\n            language\n          }\n        }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Timeline($first: Int!) {\n    timeline(first: $first) {\n      id\n      date\n      endDate\n      precision\n      year\n      th: label(lang: TH)\n      en: label(lang: EN)\n      zh: label(lang: ZH)\n      entity {\n        id\n      }\n      edge {\n        id\n        from\n        to\n      }\n      disputed\n      disputes {\n        question\n      }\n    }\n  }\n": typeof types.TimelineDocument,
};
const documents: Documents = {
    "\n  query Neighborhood($seed: [ID!]!, $seedDepth: Int!, $expanded: [ID!]!, $withExpanded: Boolean!, $limit: Int!) {\n    seed: neighborhood(ids: $seed, depth: $seedDepth, limit: $limit) {\n      ...SubgraphFields\n    }\n    expanded: neighborhood(ids: $expanded, depth: 1, limit: $limit) @include(if: $withExpanded) {\n      ...SubgraphFields\n    }\n  }\n\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n\n  fragment NodeFields on Entity {\n    id\n    kind\n    countryCode\n    th: name(lang: TH)\n    en: name(lang: EN)\n    zh: name(lang: ZH)\n    properties {\n      key\n      value\n      lang\n    }\n  }\n\n  fragment EdgeFields on Edge {\n    id\n    type\n    from\n    to\n    th: label(lang: TH)\n    en: label(lang: EN)\n    zh: label(lang: ZH)\n  }\n": types.NeighborhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 8) {\n      score\n      entity {\n        ...NodeFields\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Details($id: ID!) {\n    entity(id: $id) {\n      ...NodeFields\n      names {\n        th\n        en\n        zh\n      }\n      aliases\n      citations {\n        quote\n        about\n        source {\n          id\n          title\n          url\n          language\n        }\n      }\n      disputes {\n        id\n        question\n        statements {\n          value\n          relationship {\n            id\n          }\n          citations {\n            quote\n            source {\n              id\n              title\n              url\n              language\n            }\n          }\n        }\n      }\n    }\n    around: neighborhood(ids: [$id], depth: 1, limit: 500) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        disputed\n        disputes {\n          question\n        }\n        properties {\n          key\n          value\n          lang\n        }\n        citations {\n          quote\n          source {\n            id\n            title\n            url\n            language\n          }\n        }\n      }\n    }\n  }\n": types.DetailsDocument,
    "\n  query Paths($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 3) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        citations {\n          quote\n          source {\n            id\n            title\n            language\n          }\n        }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Timeline($first: Int!) {\n    timeline(first: $first) {\n      id\n      date\n      endDate\n      precision\n      year\n      th: label(lang: TH)\n      en: label(lang: EN)\n      zh: label(lang: ZH)\n      entity {\n        id\n      }\n      edge {\n        id\n        from\n        to\n      }\n      disputed\n      disputes {\n        question\n      }\n    }\n  }\n": types.TimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($seed: [ID!]!, $seedDepth: Int!, $expanded: [ID!]!, $withExpanded: Boolean!, $limit: Int!) {\n    seed: neighborhood(ids: $seed, depth: $seedDepth, limit: $limit) {\n      ...SubgraphFields\n    }\n    expanded: neighborhood(ids: $expanded, depth: 1, limit: $limit) @include(if: $withExpanded) {\n      ...SubgraphFields\n    }\n  }\n\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n\n  fragment NodeFields on Entity {\n    id\n    kind\n    countryCode\n    th: name(lang: TH)\n    en: name(lang: EN)\n    zh: name(lang: ZH)\n    properties {\n      key\n      value\n      lang\n    }\n  }\n\n  fragment EdgeFields on Edge {\n    id\n    type\n    from\n    to\n    th: label(lang: TH)\n    en: label(lang: EN)\n    zh: label(lang: ZH)\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!) {\n    search(text: $text, first: 8) {\n      score\n      entity {\n        ...NodeFields\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Details($id: ID!) {\n    entity(id: $id) {\n      ...NodeFields\n      names {\n        th\n        en\n        zh\n      }\n      aliases\n      citations {\n        quote\n        about\n        source {\n          id\n          title\n          url\n          language\n        }\n      }\n      disputes {\n        id\n        question\n        statements {\n          value\n          relationship {\n            id\n          }\n          citations {\n            quote\n            source {\n              id\n              title\n              url\n              language\n            }\n          }\n        }\n      }\n    }\n    around: neighborhood(ids: [$id], depth: 1, limit: 500) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        disputed\n        disputes {\n          question\n        }\n        properties {\n          key\n          value\n          lang\n        }\n        citations {\n          quote\n          source {\n            id\n            title\n            url\n            language\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 3) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        citations {\n          quote\n          source {\n            id\n            title\n            language\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($first: Int!) {\n    timeline(first: $first) {\n      id\n      date\n      endDate\n      precision\n      year\n      th: label(lang: TH)\n      en: label(lang: EN)\n      zh: label(lang: ZH)\n      entity {\n        id\n      }\n      edge {\n        id\n        from\n        to\n      }\n      disputed\n      disputes {\n        question\n      }\n    }\n  }\n"): typeof import('./graphql').TimelineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
