/**
 * The bounds of every GraphQL argument that sizes a result. The API refuses values outside them
 * with BAD_USER_INPUT; the viewer asks for at most these.
 */
export const ARGUMENT_LIMITS = {
  /** `neighborhood(depth:)`: hops from the seeds. */
  depth: { min: 1, max: 3 },
  /** `neighborhood(limit:)`: nodes in one neighbourhood. */
  limit: { min: 1, max: 5_000 },
  /** `paths(maxLength:)`: relationships in one path. */
  maxLength: { min: 1, max: 6 },
  /** `first:` of any paginated list. */
  first: { min: 1, max: 100 },
  /** `ids:` of a neighbourhood. */
  ids: { min: 1, max: 100 },
  /** `search(text:)`, in characters after trimming. */
  searchText: { max: 200 },
  /** `filter.text` of a list, in characters. */
  filterText: { max: 200 },
  /** `analyzeText(text:)`, in characters (UTF-16 code units): a long article is some 20,000. */
  analyzeText: { max: 100_000 },
  /** `timeline(first:)`: events in one timeline. */
  timelineFirst: { min: 1, max: 1_000 },
  /** `neighborhood(limit:)` when the argument is left out. */
  defaultLimit: 200,
} as const;
