/*
 * Compiles a read plan into one Cypher statement, from the fragments of `cypher/fragments/`:
 * each selected relationship field becomes a pattern comprehension inside the projection of its
 * entity, nested as deep as the selection goes, so that a root field costs exactly one query.
 * Variables are named by depth (`n0` the root entity, `r1`/`n1` its relationships and their
 * other ends, …), so nested comprehensions never capture each other's variables.
 */
import { labelOf } from '../../../common/kinds.ts';
import { isLang, type Lang } from '../../../common/langs.ts';
import {
  attributeProperties,
  CITATION_PROPERTIES,
  IDENTITY_PROPERTIES,
  PART_PROPERTIES,
  SORT_NAME_KEYS,
  sortNameKey,
} from '../db/storedProps.ts';
import { isRelationshipType } from '../domain/relationshipTypes.ts';
import { invariant } from '../errors.ts';
import { fill, type FragmentRegistry } from '../db/cypherFragments.ts';
import { compactCypher } from '../db/cypherText.ts';
import { NEIGHBORHOOD_EDGE_KEYS, NEIGHBORHOOD_NODE_KEYS } from '../db/queryRows.ts';
import type { EntityPlan, LinkPlan } from './readPlan.ts';

const indent = (depth: number) => '  '.repeat(depth + 1);
const PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/*
 * Rows are lists, not maps, wherever the plan knows what they hold: the driver decodes every key
 * of every map it receives (and defines it on the object one by one), which made decoding the
 * largest part of a read's time in this process; a list costs its values only. The positions
 * are the plan's (`entityKeys`, `relationshipKeys`, and the order of `entity` and `link` below),
 * and `rowMapping.ts` reads them back the same way.
 */
const cache = new WeakMap<EntityPlan | LinkPlan, readonly string[] | null>();

/**
 * The stored properties a row reads of an entity, in their positions: its id, kind and the
 * parts its fields read (a name in one language, the aliases…), then its stored citations when
 * `citations` is selected; null when a selected field needs every property (then the row holds
 * a map of them all but the folded search keys, a source's full text only when selected).
 */
export function entityKeys(plan: EntityPlan): readonly string[] | null {
  let keys = cache.get(plan);
  if (keys === undefined) {
    keys = plan.properties
      ? null
      : [...IDENTITY_PROPERTIES, ...plan.parts.map((part) => PART_PROPERTIES[part]), ...(plan.citations ? CITATION_PROPERTIES.entity : [])];
    cache.set(plan, keys);
  }
  return keys;
}

/**
 * The stored properties a row reads of a relationship, in their positions: its id, the
 * attributes its item fields read, its stored citations when selected; null when a field needs
 * every property (then a map of them all). Its type and ends are the plan's.
 */
export function relationshipKeys(plan: LinkPlan): readonly string[] | null {
  let keys = cache.get(plan);
  if (keys === undefined) {
    keys = plan.properties
      ? null
      : [
          'id',
          ...plan.attributes.flatMap((a) => attributeProperties(a.key, a.form)),
          ...(plan.citations ? CITATION_PROPERTIES.relationship : []),
        ];
    cache.set(plan, keys);
  }
  return keys;
}

/** A list of the named properties of `variable` (fixed lists only: never a key from the request). */
function listOf(variable: string, keys: readonly string[]): string {
  for (const key of keys) invariant(PROPERTY_KEY.test(key), `${key} is not a property key`);
  return `[${keys.map((key) => `${variable}.${key}`).join(', ')}]`;
}

/** Every property of the entity bound to `node` but the derived ones (folded search keys, sort names) (and the text and citations unless selected). */
function allEntityProperties(plan: Pick<EntityPlan, 'citations' | 'text'>, node: string): string {
  const citations = plan.citations ? [] : CITATION_PROPERTIES.entity.map((key) => `${key}: null`);
  const derived = ['searchKeys', ...SORT_NAME_KEYS].map((key) => `${key}: null`);
  return `${node} {${['.*', `text: ${plan.text ? `${node}.text` : 'null'}`, ...derived, ...citations].join(', ')}}`;
}

/** Every property of the relationship bound to `rel` (its citations only when selected), and the `extra` entries given. */
function allRelationshipProperties(plan: Pick<LinkPlan, 'citations'>, rel: string, extra: readonly string[] = []): string {
  const citations = plan.citations ? [] : CITATION_PROPERTIES.relationship.map((key) => `${key}: null`);
  return `${rel} {${['.*', ...extra, ...citations].join(', ')}}`;
}

/**
 * The row of the entity bound to `n<depth>`, as the plan selects it: its properties, then (when
 * read) its relationship lists in the order of the plan, then the sources its citations name.
 */
function entity(fragments: FragmentRegistry, plan: EntityPlan, depth: number): string {
  const node = `n${depth}`;
  const keys = entityKeys(plan);
  const links = plan.links.map((l) => link(fragments, l, depth));
  return fill(fragments, 'entity', {
    properties: keys ? listOf(node, keys) : allEntityProperties(plan, node),
    links: links.length === 0 ? '' : `, [\n${indent(depth + 1)}${links.join(`,\n${indent(depth + 1)}`)}\n${indent(depth)}]`,
    sources: plan.sources ? `, ${fill(fragments, 'citedSources', { cited: node })}` : '',
  });
}

/** One relationship list of the entity bound to `n<depth>`; its other end is `n<depth + 1>`. */
function link(fragments: FragmentRegistry, plan: LinkPlan, depth: number): string {
  // Relationship types and labels come from the fixed lists only, never from the request.
  invariant(isRelationshipType(plan.type), `${plan.type} is not a relationship type`);
  const self = `n${depth}`;
  const rel = `r${depth + 1}`;
  const keys = relationshipKeys(plan);
  const list = fill(fragments, plan.dir === 'OUT' ? 'linksOut' : 'linksIn', {
    self,
    rel,
    type: plan.type,
    other: `n${depth + 1}`,
    properties: keys ? listOf(rel, keys) : allRelationshipProperties(plan, rel),
    sources: plan.sources ? `, ${fill(fragments, 'citedSources', { cited: rel })}` : '',
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

/** How a typed list is ordered: by name (in a language), by date (newest first) or by id. */
export type ListSort = { readonly by: 'name'; readonly lang: Lang } | { readonly by: 'date' } | { readonly by: 'id' };

/**
 * What a typed list's statement depends on besides the selection: the label of its kind, whether
 * the total is selected, which filters the request gives (each one present becomes a predicate;
 * an absent one leaves none, so the planner can use the index of those given), how it is
 * ordered, and whether it continues after a cursor.
 */
export interface ListShape {
  readonly label: string;
  readonly count: boolean;
  readonly country: boolean;
  readonly type: boolean;
  readonly text: boolean;
  readonly sort: ListSort;
  readonly after: boolean;
}

/** The key of a list shape's statement, apart from the selection. */
export function listShapeKey(shape: ListShape): string {
  const sort = shape.sort.by === 'name' ? `name:${shape.sort.lang}` : shape.sort.by;
  return [shape.label, shape.count, shape.country, shape.type, shape.text, sort, shape.after].join('|');
}

/** Whether a list's pages run newest first: meetings by date. */
export function isDescending(sort: ListSort): boolean {
  return sort.by === 'date';
}

function listFilter(fragments: FragmentRegistry, shape: ListShape, node: string, page = false): string {
  const given = [
    shape.country && fill(fragments, 'listByCountry', { node }),
    shape.type && fill(fragments, 'listByType', { node }),
    shape.text && fill(fragments, 'listByText', { node }),
    page &&
      shape.sort.by === 'name' &&
      fill(fragments, shape.after ? 'listByNameAfter' : 'listByName', { node, key: sortNameOf(shape.sort) }),
  ].filter((c): c is string => typeof c === 'string');
  return fill(fragments, 'listFilter', { node, conditions: given.map((c) => `\n    AND ${c}`).join('') });
}

function sortNameOf(sort: ListSort & { readonly by: 'name' }): string {
  // The language comes from the fixed list of languages, never from the request as written.
  invariant(isLang(sort.lang), `${String(sort.lang)} is not a language`);
  return sortNameKey(sort.lang);
}

function listSortKey(fragments: FragmentRegistry, sort: ListSort, node: string): string {
  if (sort.by === 'date') return fill(fragments, 'listSortByDate', { node });
  if (sort.by === 'id') return fill(fragments, 'listSortById', { node });
  return fill(fragments, 'listSortByName', { node, key: sortNameOf(sort) });
}

function listOrder(fragments: FragmentRegistry, shape: ListShape, node: string): string {
  if (isDescending(shape.sort)) return fill(fragments, 'listOrderDescending', { node });
  if (shape.sort.by !== 'name') return fill(fragments, 'listOrderAscending', { node });
  return fill(fragments, shape.country ? 'listOrderByCountryAndName' : 'listOrderByName', { node });
}

/** A typed list: one page, each entity as selected, and the total only when selected. */
export function compileListRead(fragments: FragmentRegistry, plan: EntityPlan, shape: ListShape): string {
  // The label comes from the fixed list of kinds, never from the request.
  invariant(PROPERTY_KEY.test(shape.label), `${shape.label} is not a label`);
  const count = shape.count
    ? fill(fragments, 'listCount', { label: shape.label, filter: listFilter(fragments, shape, 'n') })
    : fill(fragments, 'listNoCount', {});
  const descending = isDescending(shape.sort);
  const after = shape.after ? fill(fragments, descending ? 'listAfterDescending' : 'listAfterAscending', { node: 'n0' }) : '';
  return fill(fragments, 'readList', {
    count,
    label: shape.label,
    filter: listFilter(fragments, shape, 'n0', true),
    sortKey: listSortKey(fragments, shape.sort, 'n0'),
    after: after ? `\n  ${after}` : '',
    order: listOrder(fragments, shape, 'n0'),
    entity: entity(fragments, plan, 0),
  });
}

/**
 * What a neighbourhood's statement depends on besides its parameters: whether it looks 3 steps
 * away (another way of finding its rings), whether a citation is selected anywhere (then the
 * nodes and relationships carry their stored citations and the statement reads their sources),
 * and whether a selected field needs every property of the nodes or of the relationships.
 */
export interface NeighborhoodShape {
  readonly deep: boolean;
  readonly citations: boolean;
  readonly nodeProperties: boolean;
  readonly edgeProperties: boolean;
}

/** Where each position of a relationship of a neighbourhood read as a list comes from. */
const EDGE_VALUES: Readonly<Record<(typeof NEIGHBORHOOD_EDGE_KEYS)[number], string>> = {
  id: 'r.id',
  type: 'type(r)',
  from: 'startNode(r).id',
  to: 'endNode(r).id',
  citeSources: 'r.citeSources',
  citeQuotes: 'r.citeQuotes',
};

/**
 * `neighborhood`: one statement for each shape, holding only what that shape needs. The driver
 * sends a statement's text with every request, one socket write per 1,400 bytes, and Neo4j reads
 * all of it to find its plan: the common shape (depth 1–2, names and ends, no citations) is 3,370
 * bytes, against 4,946 for one statement that served every shape.
 */
export function compileNeighborhoodRead(fragments: FragmentRegistry, shape: NeighborhoodShape): string {
  const node = shape.nodeProperties
    ? allEntityProperties({ citations: shape.citations, text: false }, 'x')
    : listOf('x', NEIGHBORHOOD_NODE_KEYS.slice(0, shape.citations ? undefined : -CITATION_PROPERTIES.entity.length));
  const ends = (['type', 'from', 'to'] as const).map((key) => `${key}: ${EDGE_VALUES[key]}`);
  const listed = NEIGHBORHOOD_EDGE_KEYS.slice(0, shape.citations ? undefined : -CITATION_PROPERTIES.relationship.length);
  const rel = shape.edgeProperties ? allRelationshipProperties(shape, 'r', ends) : `[${listed.map((key) => EDGE_VALUES[key]).join(', ')}]`;
  return compactCypher(
    fill(fragments, 'neighborhood', {
      rings: fill(fragments, shape.deep ? 'neighborhoodRingsDeep' : 'neighborhoodRings', {}),
      sources: fill(fragments, shape.citations ? 'neighborhoodSources' : 'neighborhoodNoSources', {}),
      node,
      rel,
    }),
  );
}
