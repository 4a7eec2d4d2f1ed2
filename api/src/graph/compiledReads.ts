import type { FieldNode } from 'graphql';
import type { ReadName } from '../db/executor.ts';
import {
  compileEntityRead,
  compileListRead,
  compileNeighborhoodRead,
  compileSearchRead,
  listShapeKey,
  type ListShape,
} from '../model/compileRead.ts';
import { cypherFragments } from '../db/cypherFragments.ts';
import { planRootField, planSubgraph, type RootPlan, type SelectionSource, type SubgraphPlan } from './selectionPlan.ts';

/** The reads compiled from a root field's read plan (a neighbourhood's is `neighborhoodShape`). */
type PlannedReadName = Exclude<ReadName, 'readNeighborhood'>;

/** A root field's read: its plan and its Cypher, the same for every request of one document. */
export interface ReadShape {
  readonly name: PlannedReadName;
  readonly plan: RootPlan;
  readonly text: string;
}

/** Which filters a typed list's request gives, and the label of its kind. */
export type ListFilters = Omit<ListShape, 'count'>;

/** How a root field's read is asked for: where its entities are, and for a list its filters. */
export interface ReadOptions {
  /** From the field's value to its entities when it is not the read's own (a mutation's `entity`). */
  readonly path?: readonly string[];
  /** A typed list's label and the filters the request gives. */
  readonly list?: ListFilters;
}

/** How each compiled root field finds its entities and compiles its statement. */
const ROOTS: Readonly<Record<PlannedReadName, { path: readonly string[]; compile: (plan: RootPlan, options: ReadOptions) => string }>> = {
  readEntity: { path: [], compile: (p) => compileEntityRead(cypherFragments(), p.entity) },
  readSearch: { path: ['entity'], compile: (p) => compileSearchRead(cypherFragments(), p.entity) },
  readList: {
    path: ['nodes'],
    compile: (p, { list }) => {
      if (!list) throw new TypeError('a typed list is read with its label and filters');
      return compileListRead(cypherFragments(), p.entity, { ...list, count: p.count });
    },
  },
};

// Parsed documents are cached by the GraphQL server, so a field node stands for one document's
// root field: its read is planned and compiled once per variant (a list's filters may come from
// variables, so each combination of the filters given has its statement), unless @skip/@include
// made the selection depend on the variables.
const shapes = new WeakMap<FieldNode, Map<string, ReadShape>>();

/**
 * The read of a root field of the request: `type` is the GraphQL type of the entities it returns;
 * `options.path` leads from the field's value to them when it is not the read's own (a mutation's
 * `entity`, read with `readEntity`); `options.list` gives a typed list's label and filters.
 */
export function readShape(source: SelectionSource, name: PlannedReadName, type: string, options: ReadOptions = {}): ReadShape {
  const variant = `${name}|${options.list ? listShapeKey({ ...options.list, count: false }) : ''}`;
  return oncePerField(shapes, source, variant, () => {
    const root = ROOTS[name];
    const plan = planRootField(source, options.path ?? root.path, type);
    return { shape: { name, plan, text: root.compile(plan, options) }, conditional: plan.conditional };
  });
}

/**
 * A field's value for one variant, built once per document field and kept with its parsed
 * document, unless @skip/@include with a variable decided it (`conditional`: then it is built
 * again for every request), or the field stands for several merged field nodes.
 */
function oncePerField<K, T>(
  store: WeakMap<FieldNode, Map<K, T>>,
  source: SelectionSource,
  variant: K,
  build: () => { shape: T; conditional: boolean },
): T {
  const key = source.fieldNodes.length === 1 ? source.fieldNodes[0] : undefined;
  const variants = key && store.get(key);
  const cached = variants && variants.get(variant);
  if (cached) return cached;
  const { shape, conditional } = build();
  if (key && !conditional) {
    if (variants) variants.set(variant, shape);
    else store.set(key, new Map([[variant, shape]]));
  }
  return shape;
}

/** A neighbourhood's read: what its request selects of the nodes and edges, and its Cypher. */
export interface NeighborhoodReadShape {
  readonly plan: SubgraphPlan;
  readonly text: string;
}

const neighborhoodShapes = new WeakMap<FieldNode, Map<boolean, NeighborhoodReadShape>>();

/** The read of a `neighborhood` root field, `deep` when it looks 3 steps away: planned and compiled once per document and depth. */
export function neighborhoodShape(source: SelectionSource, deep: boolean): NeighborhoodReadShape {
  return oncePerField(neighborhoodShapes, source, deep, () => {
    const plan = planSubgraph(source);
    return { shape: { plan, text: compileNeighborhoodRead(cypherFragments(), { deep, ...plan }) }, conditional: plan.conditional };
  });
}
