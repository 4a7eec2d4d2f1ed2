import {
  type ASTNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';
import { ARGUMENT_LIMITS } from '../../../common/argumentLimits.ts';

// Written here rather than taken from graphql-query-complexity: its estimators see a field's own
// arguments and the sum of its children's cost, so a neighbourhood's `limit` could not size its
// nodes and its edges (five times as many) apart, nor a connection's `first` its `nodes`; the
// weights would sit in schema directives (schema.graphql is shared with other work) or in a map
// of estimators as long as this file; and a new dependency means reinstalling the shared
// node_modules. What it does that matters here (fragments, @include/@skip, variables) is below,
// with fragments costed once each.

/** The weights of the cost model, in one table so that SECURITY.md can quote them. */
export const COST_WEIGHTS = {
  /** Every selected field, `__typename` included. */
  field: 1,
  /** The size assumed for a list that has no `first`/`limit` (relationships, citations, properties …). */
  defaultListSize: 20,
  /** Edges of a neighbourhood, per node of its `limit` (the resolver asks for `limit × 5`). */
  edgesPerNode: 5,
  /** Database work of one root field, on top of what it returns. */
  rootWork: {
    /** By `depth`: a depth-3 neighbourhood lists every path of up to 3 steps from its seeds before it limits them. */
    neighborhood: { 1: 100, 2: 10_000, 3: 250_000 } as Record<number, number>,
    /** Per step of `maxLength`: all shortest paths are built before `first` cuts them. */
    pathsPerStep: 10_000,
    search: 100,
    /** Up to ten shortest-path searches and a union expansion. */
    briefing: 100_000,
    /** Runs in this process, over the whole gazetteer. */
    analyzeText: 20_000,
    auditLog: 10,
    typedList: 10,
  },
  /** Fields heavier than one value: a source's full text is some kilobytes. */
  heavyFields: { 'Source.text': 100 } as Record<string, number>,
} as const;

/** Sizes a list takes from the root field above it (`Subgraph.nodes` from `neighborhood(limit:)` …). */
interface Scope {
  readonly nodes: number;
  readonly edges: number;
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly rootType: string | undefined;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly variableDefaults: ReadonlyMap<string, ValueNode>;
  /** Cost of a fragment per type and scope: computed once, so nested spreads cost linear time, not exponential. */
  readonly memo: Map<string, number>;
  readonly inProgress: Set<string>;
}

const ARGUMENT_MAXIMA: Record<string, number> = {
  first: ARGUMENT_LIMITS.first.max,
  limit: ARGUMENT_LIMITS.limit.max,
  depth: ARGUMENT_LIMITS.depth.max,
  maxLength: ARGUMENT_LIMITS.maxLength.max,
};

function literal(value: ValueNode | undefined, walk: Walk): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case Kind.INT:
      return Number(value.value);
    case Kind.BOOLEAN:
      return value.value;
    case Kind.VARIABLE: {
      const name = value.name.value;
      if (name in walk.variables) return walk.variables[name];
      return literal(walk.variableDefaults.get(name), walk);
    }
    default:
      return undefined;
  }
}

/** A sizing argument's value (literal, variable or the schema's default), within its documented range; its maximum when unknown. */
function sizeArg(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, name: string, walk: Walk): number | undefined {
  const given = field.arguments?.find((a) => a.name.value === name);
  const declared = definition?.args.find((a) => a.name === name);
  if (!given && !declared) return undefined;
  const value = given ? literal(given.value, walk) : declared?.defaultValue;
  const max = ARGUMENT_MAXIMA[name] ?? Number.MAX_SAFE_INTEGER;
  // Out-of-range values are refused by the resolvers with BAD_USER_INPUT; here they count as the maximum.
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(1, Math.trunc(value)), max) : max;
}

function included(directives: readonly DirectiveNode[] | undefined, walk: Walk): boolean {
  for (const d of directives ?? []) {
    const condition = literal(d.arguments?.find((a) => a.name.value === 'if')?.value, walk);
    if (d.name.value === 'include' && condition === false) return false;
    if (d.name.value === 'skip' && condition === true) return false;
  }
  return true;
}

/** The field's definition, its named type and whether it is a list, read structurally (whichever copy of graphql built the schema). */
function describe(walk: Walk, parentType: string, name: string) {
  const type = walk.schema.getType(parentType);
  const definition = type && 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
  // A type prints as SDL (`[Citation!]!`): a list has brackets.
  const list = String(definition?.type ?? '').includes('[');
  let named: unknown = definition?.type;
  while (named && typeof named === 'object' && 'ofType' in named) named = (named as { ofType: unknown }).ofType;
  const childType = named && typeof named === 'object' && 'name' in named ? String((named as { name: unknown }).name) : undefined;
  return { definition, list, childType };
}

function rootWork(name: string, field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, walk: Walk, childType?: string) {
  const work = COST_WEIGHTS.rootWork;
  switch (name) {
    case 'neighborhood':
      return work.neighborhood[sizeArg(field, definition, 'depth', walk) ?? 1] ?? work.neighborhood[ARGUMENT_LIMITS.depth.max] ?? 0;
    case 'paths':
      return work.pathsPerStep * (sizeArg(field, definition, 'maxLength', walk) ?? ARGUMENT_LIMITS.maxLength.max);
    case 'search':
      return work.search;
    case 'briefing':
      return work.briefing;
    case 'analyzeText':
      return work.analyzeText;
    case 'auditLog':
      return work.auditLog;
    default:
      return childType?.endsWith('Connection') ? work.typedList : 0;
  }
}

/** The sizes the direct children of a root field's result take from its arguments. */
function scopeOf(name: string, field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, walk: Walk, childType?: string) {
  if (name === 'neighborhood') {
    const limit = sizeArg(field, definition, 'limit', walk) ?? ARGUMENT_LIMITS.defaultLimit;
    return { nodes: limit, edges: limit * COST_WEIGHTS.edgesPerNode };
  }
  if (name === 'paths') {
    const steps = sizeArg(field, definition, 'maxLength', walk) ?? ARGUMENT_LIMITS.maxLength.max;
    return { nodes: steps + 1, edges: steps };
  }
  if (childType?.endsWith('Connection')) {
    const first = sizeArg(field, definition, 'first', walk) ?? ARGUMENT_LIMITS.first.max;
    return { nodes: first, edges: first };
  }
  return undefined;
}

function fieldCost(walk: Walk, parentType: string, field: FieldNode, scope: Scope | undefined): number {
  const name = field.name.value;
  // Introspection is bounded by the schema itself; its fields count one each, like any other.
  if (name.startsWith('__')) return COST_WEIGHTS.field;
  const { definition, list, childType } = describe(walk, parentType, name);
  const atRoot = parentType === walk.rootType;
  const work = atRoot ? rootWork(name, field, definition, walk, childType) : 0;
  const own = COST_WEIGHTS.heavyFields[`${parentType}.${name}`] ?? COST_WEIGHTS.field;
  if (!field.selectionSet) return work + own;
  let size = 1;
  if (list) {
    size =
      sizeArg(field, definition, 'first', walk) ??
      sizeArg(field, definition, 'limit', walk) ??
      (scope && (name === 'nodes' || name === 'edges') ? scope[name] : COST_WEIGHTS.defaultListSize);
  }
  const childScope = atRoot ? scopeOf(name, field, definition, walk, childType) : undefined;
  return work + own + size * setCost(walk, childType ?? parentType, field.selectionSet, childScope);
}

function setCost(walk: Walk, typeName: string, set: SelectionSetNode, scope: Scope | undefined): number {
  let total = 0;
  for (const s of set.selections) {
    if (!included(s.directives, walk)) continue;
    if (s.kind === Kind.FIELD) total += fieldCost(walk, typeName, s, scope);
    // An inline fragment on a type counts in full, as if every entity were of that type: an upper bound.
    else if (s.kind === Kind.INLINE_FRAGMENT) total += setCost(walk, s.typeCondition?.name.value ?? typeName, s.selectionSet, scope);
    else {
      const fragment = walk.fragments.get(s.name.value);
      if (!fragment) continue;
      const key = `${s.name.value}|${typeName}|${scope ? `${scope.nodes},${scope.edges}` : ''}`;
      let cost = walk.memo.get(key);
      if (cost === undefined) {
        // A cycle is a validation error (NoFragmentCycles); it adds nothing here.
        if (walk.inProgress.has(key)) continue;
        walk.inProgress.add(key);
        cost = setCost(walk, fragment.typeCondition.name.value, fragment.selectionSet, scope);
        walk.inProgress.delete(key);
        walk.memo.set(key, cost);
      }
      total += cost;
    }
  }
  return total;
}

/**
 * The variables whose values `operationCost` may read: those given to a sizing argument (`first`,
 * `limit`, `depth`, `maxLength`) or to `@include`/`@skip`. Two requests of the same operation whose
 * values of these agree cost the same.
 */
export function costVariables(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Field(field) {
        for (const a of field.arguments ?? []) {
          if (a.name.value in ARGUMENT_MAXIMA && a.value.kind === Kind.VARIABLE) names.add(a.value.name.value);
        }
      },
      Directive(directive) {
        if (directive.name.value !== 'include' && directive.name.value !== 'skip') return;
        for (const a of directive.arguments ?? [])
          if (a.name.value === 'if' && a.value.kind === Kind.VARIABLE) names.add(a.value.name.value);
      },
    });
  collect(operation);
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) collect(d);
  return [...names].sort();
}

/**
 * The estimated cost of running an operation with these variables: every field 1, a list
 * multiplied by its `first`/`limit` (or by the size its root field gives it, or an assumed 20),
 * each root field's database work on top (a depth-3 neighbourhood, paths, a briefing …), each
 * aliased copy counted. Fragments are costed once per place they can apply, so the time is linear
 * in the document.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()?.name
      : operation.operation === 'mutation'
        ? schema.getMutationType()?.name
        : schema.getSubscriptionType()?.name;
  const walk: Walk = {
    schema,
    rootType,
    fragments: new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    ),
    variables,
    variableDefaults: new Map(
      (operation.variableDefinitions ?? []).flatMap((v) => (v.defaultValue ? [[v.variable.name.value, v.defaultValue] as const] : [])),
    ),
    memo: new Map(),
    inProgress: new Set(),
  };
  return rootType ? setCost(walk, rootType, operation.selectionSet, undefined) : 0;
}
