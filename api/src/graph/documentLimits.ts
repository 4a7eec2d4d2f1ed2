import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { ARGUMENT_LIMITS } from '../../../common/argumentLimits.ts';

/** The limits that keep one request from costing the server too much. */
export interface QueryLimits {
  /** Deepest nesting of selections. */
  readonly maxDepth: number;
  /** Most aliased fields in one document. */
  readonly maxAliases: number;
  /** Highest estimated cost: every field 1, lists multiplied by their `first` or `limit`. */
  readonly maxCost: number;
}

/** Defaults that admit every documented query (e.g. a neighbourhood of 5,000 nodes with citations). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 250_000 };

/** The argument maxima assumed when a size comes from a variable (values are not known at validation). */
const ASSUMED_FOR_VARIABLES: Record<string, number> = { first: ARGUMENT_LIMITS.first.max, limit: ARGUMENT_LIMITS.limit.max };

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  return new Map(
    context
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** The fields a selection set selects, with fragments and inline fragments flattened. */
function fieldsOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    // Introspection (__schema, __type) is bounded by the schema itself, and GraphiQL's own
    // introspection query is deeper than any data query needs to be.
    if (s.kind === Kind.FIELD) {
      if (!s.name.value.startsWith('__')) out.push(s);
    } else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value)) {
      const fragment = fragments.get(s.name.value);
      if (fragment) out.push(...fieldsOf(fragment.selectionSet, fragments, new Set([...seen, s.name.value])));
    }
  }
  return out;
}

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, limit: number): number {
  if (!set) return 0;
  let deepest = 0;
  for (const field of fieldsOf(set, fragments)) {
    deepest = Math.max(deepest, 1 + depthOf(field.selectionSet, fragments, limit));
    if (deepest > limit) break;
  }
  return deepest;
}

function sizeArgument(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
  for (const name of ['first', 'limit'] as const) {
    const arg = field.arguments?.find((a) => a.name.value === name);
    const value: ValueNode | undefined = arg?.value;
    if (value?.kind === Kind.INT) return Math.max(1, Number(value.value));
    if (value?.kind === Kind.VARIABLE) return ASSUMED_FOR_VARIABLES[name] as number;
    const fallback = definition?.args.find((a) => a.name === name)?.defaultValue;
    if (typeof fallback === 'number') return fallback;
  }
  return 1;
}

function costOf(
  schema: GraphQLSchema,
  parentType: string,
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  depth = 0,
): number {
  if (!set || depth > 50) return 0;
  let total = 0;
  for (const field of fieldsOf(set, fragments)) {
    const type = schema.getType(parentType);
    const definition =
      type && 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[field.name.value] : undefined;
    // Unwrapped structurally (not with instanceof helpers), so the rule works whichever copy of graphql built the schema.
    let named: unknown = definition?.type;
    while (named && typeof named === 'object' && 'ofType' in named) named = (named as { ofType: unknown }).ofType;
    const childType = named && typeof named === 'object' && 'getFields' in named ? (named as unknown as { name: string }).name : parentType;
    const children = field.selectionSet ? costOf(schema, childType, field.selectionSet, fragments, depth + 1) : 0;
    total += 1 + sizeArgument(field, definition) * children;
  }
  return total;
}

/** Rejects documents nested deeper than `max`. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context), max);
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

/** Rejects operations whose estimated cost is over `max`. */
export function costLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const root =
        node.operation === 'query'
          ? context.getSchema().getQueryType()?.name
          : node.operation === 'mutation'
            ? context.getSchema().getMutationType()?.name
            : undefined;
      if (!root) return;
      const cost = costOf(context.getSchema(), root, node.selectionSet, fragmentsOf(context));
      if (cost > max) {
        context.reportError(
          new GraphQLError(
            `The query's estimated cost is ${cost.toLocaleString('en')}; the limit is ${max.toLocaleString('en')}. Ask for smaller pages (first, limit) or fewer fields.`,
            {
              nodes: [node],
            },
          ),
        );
      }
    },
  });
}

/** The validation rules for a set of limits. */
export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), costLimitRule(limits.maxCost)];
}
