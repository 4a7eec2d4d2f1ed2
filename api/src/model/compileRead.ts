/*
 * Compiles a read plan into one Cypher statement, from the fragments of `cypher/fragments/`:
 * each selected relationship field becomes a pattern comprehension inside the projection of its
 * entity, nested as deep as the selection goes, so that a root field costs exactly one query.
 * Variables are named by depth (`n0` the root entity, `r1`/`n1` its relationships and their
 * other ends, …), so nested comprehensions never capture each other's variables.
 */
import { labelOf } from '../../../common/kinds.ts';
import { attributeProperties, CITATION_PROPERTIES, IDENTITY_PROPERTIES, PART_PROPERTIES } from '../db/storedProps.ts';
import { isRelationshipType } from '../domain/relationshipTypes.ts';
import { invariant } from '../errors.ts';
import { fill, type FragmentRegistry } from '../db/cypherFragments.ts';
import type { EntityPlan, LinkPlan } from './readPlan.ts';

const indent = (depth: number) => '  '.repeat(depth + 1);
const PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Map-projection items for the named properties (fixed lists only: never a key from the request). */
const selected = (keys: readonly string[]) =>
  keys.map((key) => {
    invariant(PROPERTY_KEY.test(key), `${key} is not a property key`);
    return `.${key}`;
  });

/**
 * What a row reads of the entity bound to `node`: its id, kind and the parts its fields read (a
 * name in one language, the aliases…), unless a selected field needs more (then every property
 * but the folded search keys, and a source's full text only when selected); stored citations,
 * the largest properties of most records, only when `citations` is.
 */
function entityProperties(plan: EntityPlan, node: string): string {
  const citations = plan.citations ? [] : CITATION_PROPERTIES.entity.map((key) => `${key}: null`);
  if (plan.properties) return ['.*', `text: ${plan.text ? `${node}.text` : 'null'}`, 'searchKeys: null', ...citations].join(', ');
  return [
    ...selected([...IDENTITY_PROPERTIES, ...plan.parts.map((part) => PART_PROPERTIES[part])]),
    ...(plan.citations ? selected(CITATION_PROPERTIES.entity) : []),
  ].join(', ');
}

/** What a row reads of a relationship: its id, the attributes the selection reads, its citations when selected; or everything. */
function relationshipProperties(plan: LinkPlan): string {
  if (plan.properties) return ['.*', ...(plan.citations ? [] : CITATION_PROPERTIES.relationship.map((key) => `${key}: null`))].join(', ');
  return [
    ...selected(['id']),
    ...selected(plan.attributes.flatMap(attributeProperties)),
    ...(plan.citations ? selected(CITATION_PROPERTIES.relationship) : []),
  ].join(', ');
}

/** The projection of the entity bound to `n<depth>`, as the plan selects it. */
function entity(fragments: FragmentRegistry, plan: EntityPlan, depth: number): string {
  const node = `n${depth}`;
  const links = plan.links.map((l) => link(fragments, l, depth));
  return fill(fragments, 'entity', {
    node,
    properties: entityProperties(plan, node),
    sources: plan.sources ? `, sources: ${fill(fragments, 'citedSources', { cited: node })}` : '',
    links: links.length === 0 ? '' : `, links: [\n${indent(depth + 1)}${links.join(`,\n${indent(depth + 1)}`)}\n${indent(depth)}]`,
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
    properties: relationshipProperties(plan),
    sources: plan.sources ? `, sources: ${fill(fragments, 'citedSources', { cited: rel })}` : '',
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
