import { type ASTVisitor, type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode, type ValidationContext } from 'graphql';

/** The limits of a document's shape; its cost is checked with its variables, by `costLimitPlugin`. */
export interface QueryLimits {
  /** Deepest nesting of selections. */
  readonly maxDepth: number;
  /** Most aliased fields in one document. */
  readonly maxAliases: number;
}

/** Defaults that admit every documented query (e.g. a neighbourhood of 5,000 nodes with citations). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30 };

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  return new Map(
    context
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/**
 * The depth of a selection set, fragments included. A fragment's depth is computed once
 * (`memo`): a chain of fragments that each spread the next twice would otherwise take time
 * exponential in its length (2^18 walks for a 700-character document).
 */
function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  memo: Map<string, number>,
  limit: number,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const s of set.selections) {
    let depth = 0;
    // Introspection (__schema, __type) is bounded by the schema itself, and GraphiQL's own
    // introspection query is deeper than any data query needs to be.
    if (s.kind === Kind.FIELD) depth = s.name.value.startsWith('__') ? 0 : 1 + depthOf(s.selectionSet, fragments, memo, limit);
    else if (s.kind === Kind.INLINE_FRAGMENT) depth = depthOf(s.selectionSet, fragments, memo, limit);
    else {
      const name = s.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0); // a cycle counts nothing (NoFragmentCycles reports it)
        memo.set(name, depthOf(fragments.get(name)?.selectionSet, fragments, memo, limit));
      }
      depth = memo.get(name) ?? 0;
    }
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
}

/** Rejects documents nested deeper than `max`. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context), new Map(), max);
      if (depth > max)
        context.reportError(new GraphQLError(`The query is nested more than ${max} levels deep, the limit.`, { nodes: [node] }));
    },
  });
}

/** Rejects documents with more than `max` aliased fields (aliases multiply the work of one request). */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > max) context.reportError(new GraphQLError(`The query uses ${aliases} aliases; the limit is ${max}.`));
        },
      },
    };
  };
}

/** The validation rules for a set of limits. */
export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)];
}
