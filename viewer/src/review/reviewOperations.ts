import { graphql } from '../__generated__/gql';

/** Adds the pasted document as a source, or names the source it copies. */
export const AddSourceMutation = graphql(/* GraphQL */ `
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
`);

/** What the analysis finds in the document, with remembered decisions. */
export const AnalyzeQuery = graphql(/* GraphQL */ `
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
`);

/** Entities whose names are like a new entity's, in any script. */
export const SimilarNamesQuery = graphql(/* GraphQL */ `
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
`);

/** Writes the reviewed items as one changeset. */
export const CommitChangesetMutation = graphql(/* GraphQL */ `
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
  }
`);

/** Remembers the review's decisions for the next document. */
export const RememberDecisionsMutation = graphql(/* GraphQL */ `
  mutation ReviewRemember($source: ID!, $decisions: [MentionDecisionInput!]!) {
    rememberDecisions(source: $source, decisions: $decisions)
  }
`);

/** Undoes a whole changeset. */
export const RevertChangesetMutation = graphql(/* GraphQL */ `
  mutation ReviewRevert($id: ID!, $reason: String!) {
    revertChangeset(id: $id, reason: $reason) {
      ...ReviewChangeset
    }
  }
`);
