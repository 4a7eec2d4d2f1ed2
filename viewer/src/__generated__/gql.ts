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
    "\n  mutation ReviewAddSource($input: SourceInput!) {\n    addSource(input: $input) {\n      added\n      duplicateReason\n      duplicateOf {\n        id\n        title\n      }\n      source {\n        id\n        title\n        language\n        text\n      }\n    }\n  }\n": typeof types.ReviewAddSourceDocument,
    "\n  query ReviewAnalyze($text: String!, $language: Lang) {\n    analyzeText(text: $text, language: $language) {\n      mentions {\n        start\n        end\n        text\n        kind\n        rule\n        context\n        candidates {\n          score\n          reason\n          entity {\n            id\n            kind\n            name\n          }\n        }\n        decision {\n          action\n          sameContext\n          decidedBy\n          decidedAt\n        }\n      }\n      proposals {\n        type\n        from\n        to\n        rule\n        attributes\n        quote {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n": typeof types.ReviewAnalyzeDocument,
    "\n  query ReviewSimilarNames($name: String!, $kind: EntityKind) {\n    similarNames(name: $name, kind: $kind, first: 5) {\n      score\n      reason\n      entity {\n        id\n        kind\n        name\n      }\n    }\n  }\n": typeof types.ReviewSimilarNamesDocument,
    "\n  mutation ReviewCommit($input: ChangesetInput!) {\n    commitChangeset(input: $input) {\n      ...ReviewChangeset\n    }\n  }\n\n  fragment ReviewChangeset on Changeset {\n    id\n    createdBy\n    createdAt\n    revertedBy\n    revertedAt\n    entities {\n      id\n      name\n    }\n    relationships {\n      id\n      type\n      from\n      to\n    }\n  }\n": typeof types.ReviewCommitDocument,
    "\n  mutation ReviewRemember($source: ID!, $decisions: [MentionDecisionInput!]!) {\n    rememberDecisions(source: $source, decisions: $decisions)\n  }\n": typeof types.ReviewRememberDocument,
    "\n  mutation ReviewRevert($id: ID!, $reason: String!) {\n    revertChangeset(id: $id, reason: $reason) {\n      ...ReviewChangeset\n    }\n  }\n": typeof types.ReviewRevertDocument,
};
const documents: Documents = {
    "\n  query Neighborhood($seed: [ID!]!, $seedDepth: Int!, $expanded: [ID!]!, $withExpanded: Boolean!, $limit: Int!) {\n    seed: neighborhood(ids: $seed, depth: $seedDepth, limit: $limit) {\n      ...SubgraphFields\n    }\n    expanded: neighborhood(ids: $expanded, depth: 1, limit: $limit) @include(if: $withExpanded) {\n      ...SubgraphFields\n    }\n  }\n\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      ...NodeFields\n    }\n    edges {\n      ...EdgeFields\n    }\n  }\n\n  fragment NodeFields on Entity {\n    id\n    kind\n    countryCode\n    th: name(lang: TH)\n    en: name(lang: EN)\n    zh: name(lang: ZH)\n    properties {\n      key\n      value\n      lang\n    }\n  }\n\n  fragment EdgeFields on Edge {\n    id\n    type\n    from\n    to\n    th: label(lang: TH)\n    en: label(lang: EN)\n    zh: label(lang: ZH)\n  }\n": types.NeighborhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 8) {\n      score\n      entity {\n        ...NodeFields\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Details($id: ID!) {\n    entity(id: $id) {\n      ...NodeFields\n      names {\n        th\n        en\n        zh\n      }\n      aliases\n      citations {\n        quote\n        about\n        source {\n          id\n          title\n          url\n          language\n        }\n      }\n      disputes {\n        id\n        question\n        statements {\n          value\n          relationship {\n            id\n          }\n          citations {\n            quote\n            source {\n              id\n              title\n              url\n              language\n            }\n          }\n        }\n      }\n    }\n    around: neighborhood(ids: [$id], depth: 1, limit: 500) {\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        disputed\n        disputes {\n          question\n        }\n        properties {\n          key\n          value\n          lang\n        }\n        citations {\n          quote\n          source {\n            id\n            title\n            url\n            language\n          }\n        }\n      }\n    }\n  }\n": types.DetailsDocument,
    "\n  query Paths($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 3) {\n      length\n      nodes {\n        ...NodeFields\n      }\n      edges {\n        ...EdgeFields\n        citations {\n          quote\n          source {\n            id\n            title\n            language\n          }\n        }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Timeline($first: Int!) {\n    timeline(first: $first) {\n      id\n      date\n      endDate\n      precision\n      year\n      th: label(lang: TH)\n      en: label(lang: EN)\n      zh: label(lang: ZH)\n      entity {\n        id\n      }\n      edge {\n        id\n        from\n        to\n      }\n      disputed\n      disputes {\n        question\n      }\n    }\n  }\n": types.TimelineDocument,
    "\n  mutation ReviewAddSource($input: SourceInput!) {\n    addSource(input: $input) {\n      added\n      duplicateReason\n      duplicateOf {\n        id\n        title\n      }\n      source {\n        id\n        title\n        language\n        text\n      }\n    }\n  }\n": types.ReviewAddSourceDocument,
    "\n  query ReviewAnalyze($text: String!, $language: Lang) {\n    analyzeText(text: $text, language: $language) {\n      mentions {\n        start\n        end\n        text\n        kind\n        rule\n        context\n        candidates {\n          score\n          reason\n          entity {\n            id\n            kind\n            name\n          }\n        }\n        decision {\n          action\n          sameContext\n          decidedBy\n          decidedAt\n        }\n      }\n      proposals {\n        type\n        from\n        to\n        rule\n        attributes\n        quote {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n": types.ReviewAnalyzeDocument,
    "\n  query ReviewSimilarNames($name: String!, $kind: EntityKind) {\n    similarNames(name: $name, kind: $kind, first: 5) {\n      score\n      reason\n      entity {\n        id\n        kind\n        name\n      }\n    }\n  }\n": types.ReviewSimilarNamesDocument,
    "\n  mutation ReviewCommit($input: ChangesetInput!) {\n    commitChangeset(input: $input) {\n      ...ReviewChangeset\n    }\n  }\n\n  fragment ReviewChangeset on Changeset {\n    id\n    createdBy\n    createdAt\n    revertedBy\n    revertedAt\n    entities {\n      id\n      name\n    }\n    relationships {\n      id\n      type\n      from\n      to\n    }\n  }\n": types.ReviewCommitDocument,
    "\n  mutation ReviewRemember($source: ID!, $decisions: [MentionDecisionInput!]!) {\n    rememberDecisions(source: $source, decisions: $decisions)\n  }\n": types.ReviewRememberDocument,
    "\n  mutation ReviewRevert($id: ID!, $reason: String!) {\n    revertChangeset(id: $id, reason: $reason) {\n      ...ReviewChangeset\n    }\n  }\n": types.ReviewRevertDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAddSource($input: SourceInput!) {\n    addSource(input: $input) {\n      added\n      duplicateReason\n      duplicateOf {\n        id\n        title\n      }\n      source {\n        id\n        title\n        language\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAddSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAnalyze($text: String!, $language: Lang) {\n    analyzeText(text: $text, language: $language) {\n      mentions {\n        start\n        end\n        text\n        kind\n        rule\n        context\n        candidates {\n          score\n          reason\n          entity {\n            id\n            kind\n            name\n          }\n        }\n        decision {\n          action\n          sameContext\n          decidedBy\n          decidedAt\n        }\n      }\n      proposals {\n        type\n        from\n        to\n        rule\n        attributes\n        quote {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAnalyzeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSimilarNames($name: String!, $kind: EntityKind) {\n    similarNames(name: $name, kind: $kind, first: 5) {\n      score\n      reason\n      entity {\n        id\n        kind\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewSimilarNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCommit($input: ChangesetInput!) {\n    commitChangeset(input: $input) {\n      ...ReviewChangeset\n    }\n  }\n\n  fragment ReviewChangeset on Changeset {\n    id\n    createdBy\n    createdAt\n    revertedBy\n    revertedAt\n    entities {\n      id\n      name\n    }\n    relationships {\n      id\n      type\n      from\n      to\n    }\n  }\n"): typeof import('./graphql').ReviewCommitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRemember($source: ID!, $decisions: [MentionDecisionInput!]!) {\n    rememberDecisions(source: $source, decisions: $decisions)\n  }\n"): typeof import('./graphql').ReviewRememberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRevert($id: ID!, $reason: String!) {\n    revertChangeset(id: $id, reason: $reason) {\n      ...ReviewChangeset\n    }\n  }\n"): typeof import('./graphql').ReviewRevertDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
