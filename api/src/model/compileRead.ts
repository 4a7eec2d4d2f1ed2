/*
 * Compiles a read plan into one Cypher statement, from the fragments of `cypher/fragments/`:
 * each selected relationship field becomes a pattern comprehension inside the projection of its
 * entity, nested as deep as the selection goes, so that a root field costs exactly one query.
 * Variables are named by depth (`n0` the root entity, `r1`/`n1` its relationships and their
 * other ends, …), so nested comprehensions never capture each other's variables.
 */
import { labelOf } from '../../../common/kinds.ts';
import { isRelationshipType } from '../domain/relationshipTypes.ts';
import { invariant } from '../errors.ts';
import { fill, type FragmentRegistry } from '../db/cypherFragments.ts';
import type { EntityPlan, LinkPlan } from './readPlan.ts';

const indent = (depth: number) => '  '.repeat(depth + 1);
// Stored citations are the largest properties of most records: a row leaves them out (as null)
// unless the request selects `citations` there.
const WITHOUT_ENTITY_CITATIONS = ', citeSources: null, citeQuotes: null, citeAbout: null';
const WITHOUT_RELATIONSHIP_CITATIONS = ', citeSources: null, citeQuotes: null';

/** The projection of the entity bound to `n<depth>`, as the plan selects it. */
function entity(fragments: FragmentRegistry, plan: EntityPlan, depth: number): string {
  const node = `n${depth}`;
  const links = plan.links.map((l) => link(fragments, l, depth));
  return fill(fragments, 'entity', {
    node,
    text: plan.text ? `${node}.text` : 'null',
    omit: plan.citations ? '' : WITHOUT_ENTITY_CITATIONS,
    sources: plan.sources ? fill(fragments, 'citedSources', { cited: node }) : '[]',
    links: links.length === 0 ? '' : `\n${indent(depth + 1)}${links.join(`,\n${indent(depth + 1)}`)}\n${indent(depth)}`,
  });
}

/** One relationship list of the entity bound to `n<depth>`; its other end is `n<depth + 1>`. */
function link(fragments: FragmentRegistry, plan: LinkPlan, depth: number): string {
  // Relationship types and labels come from the fixed lists only, never from the request.
  invariant(isRelationshipType(plan.type), `${plan.type} is not a relationship type`);
  const self = `n${depth}`;
  const rel = `r${depth + 1}`;
  const list = fill(fragments, plan.dir === 'OUT' ? 'linksOut' : 'linksIn', {
    self,
    rel,
    type: plan.type,
    other: `n${depth + 1}`,
    omit: plan.citations ? '' : WITHOUT_RELATIONSHIP_CITATIONS,
    sources: plan.sources ? fill(fragments, 'citedSources', { cited: rel }) : '[]',
    entity: entity(fragments, plan.entity, depth + 1),
  });
  if (!plan.kinds) return list;
  return fill(fragments, 'ofLabels', { node: self, labels: plan.kinds.map(labelOf).join('|'), links: list });
}

/** `entity(id)`: one entity, as selected. */
export function compileEntityRead(fragments: FragmentRegistry, plan: EntityPlan): string {
  return fill(fragments, 'readEntity', { entity: entity(fragments, plan, 0) });
}

/** `search`: the hits, each entity as selected. */
export function compileSearchRead(fragments: FragmentRegistry, plan: EntityPlan): string {
  return fill(fragments, 'readSearch', { entity: entity(fragments, plan, 0) });
}

/** A typed list: one page, each entity as selected, and the total only when `withCount`. */
export function compileListRead(fragments: FragmentRegistry, plan: EntityPlan, withCount: boolean): string {
  const count = withCount
    ? fill(fragments, 'listCount', { filter: fill(fragments, 'listFilter', { node: 'n' }) })
    : fill(fragments, 'listNoCount', {});
  return fill(fragments, 'readList', { count, filter: fill(fragments, 'listFilter', { node: 'n0' }), entity: entity(fragments, plan, 0) });
}
