import { graphql } from './__generated__/gql';

/** The neighbourhoods the viewer draws: a node's display names come from the API in each language, as edge labels do. */
export const NeighborhoodQuery = graphql(/* GraphQL */ `
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
  }
`);

/** Suggestions while typing. */
export const SearchQuery = graphql(/* GraphQL */ `
  query Search($text: String!) {
    search(text: $text, first: 8) {
      score
      entity {
        ...NodeFields
      }
    }
  }
`);

/** Everything the details panel shows about one entity: attributes, citations, relationships with theirs. */
export const DetailsQuery = graphql(/* GraphQL */ `
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
`);

/** Shortest paths between two entities, each step with its citations. */
export const PathsQuery = graphql(/* GraphQL */ `
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
`);

/** Every dated fact, for the timeline beside the network and the period filter. */
export const TimelineQuery = graphql(/* GraphQL */ `
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
`);
