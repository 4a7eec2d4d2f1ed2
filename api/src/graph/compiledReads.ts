import type { FieldNode } from 'graphql';
import type { ReadName } from '../db/executor.ts';
import { compileEntityRead, compileListRead, compileSearchRead } from '../model/compileRead.ts';
import { cypherFragments } from '../db/cypherFragments.ts';
import { planRootField, type RootPlan, type SelectionSource } from './selectionPlan.ts';

/** A root field's read: its plan and its Cypher, the same for every request of one document. */
export interface ReadShape {
  readonly name: ReadName;
  readonly plan: RootPlan;
  readonly text: string;
}

/** How each compiled root field finds its entities and compiles its statement. */
const ROOTS: Readonly<Record<ReadName, { path: readonly string[]; compile: (plan: RootPlan) => string }>> = {
  readEntity: { path: [], compile: (p) => compileEntityRead(cypherFragments(), p.entity) },
  readSearch: { path: ['entity'], compile: (p) => compileSearchRead(cypherFragments(), p.entity) },
  readList: { path: ['nodes'], compile: (p) => compileListRead(cypherFragments(), p.entity, p.count) },
};

// Parsed documents are cached by the GraphQL server, so a field node stands for one document's
// root field: its read is planned and compiled once (unless @skip/@include made it depend on
// the variables).
const shapes = new WeakMap<FieldNode, ReadShape>();

/**
 * The read of a root field of the request: `type` is the GraphQL type of the entities it returns;
 * `path` leads from the field's value to them when it is not the read's own (a mutation's
 * `entity`, read with `readEntity`).
 */
export function readShape(source: SelectionSource, name: ReadName, type: string, path?: readonly string[]): ReadShape {
  const key = source.fieldNodes.length === 1 ? source.fieldNodes[0] : undefined;
  const cached = key && shapes.get(key);
  if (cached && cached.name === name) return cached;
  const root = ROOTS[name];
  const plan = planRootField(source, path ?? root.path, type);
  const shape = { name, plan, text: root.compile(plan) };
  if (key && !plan.conditional) shapes.set(key, shape);
  return shape;
}
