import {
  type FieldNode,
  type FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { isEntityKind, type EntityKind } from '../../../common/kinds.ts';
import { isLang } from '../../../common/langs.ts';
import { emptyEntityPlan, type EntityPart, type EntityPlan, type LinkDirection, type LinkPlan } from '../model/readPlan.ts';
import { ROW_ATTRIBUTES, ROW_ENDS, ROW_TYPE_FIELDS, typedField, type TypedField } from './typedFields.ts';

/** The parts of a request a plan is read from (those of graphql-js's `GraphQLResolveInfo`). */
export interface SelectionSource {
  readonly fieldNodes: readonly FieldNode[];
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variableValues: Readonly<Record<string, unknown>>;
}

/** What a root field's selection asks to read. */
export interface RootPlan {
  /** What to read of each entity the root field returns. */
  readonly entity: EntityPlan;
  /** Whether `totalCount` is selected (typed lists). */
  readonly count: boolean;
  /** Whether `@skip` or `@include` decided part of it (then it depends on the variables). */
  readonly conditional: boolean;
}

interface Walk {
  readonly source: SelectionSource;
  conditional: boolean;
}

const KIND_OF_TYPE: Readonly<Record<string, EntityKind>> = {
  Person: 'PERSON',
  Agency: 'AGENCY',
  Committee: 'COMMITTEE',
  Meeting: 'MEETING',
  WorkingGroup: 'WORKING_GROUP',
  Site: 'SITE',
  Place: 'PLACE',
  Topic: 'TOPIC',
  Program: 'PROGRAM',
  Source: 'SOURCE',
};

/** The fields of a selection set with the type each applies to (a fragment's type condition, else `type`). */
function fieldsOf(walk: Walk, set: SelectionSetNode | undefined, type: string, out: { field: FieldNode; type: string }[] = []) {
  for (const selection of set?.selections ?? []) {
    if (selection.directives?.length) {
      walk.conditional = true;
      const vars = walk.source.variableValues as Record<string, unknown>;
      if (getDirectiveValues(GraphQLSkipDirective, selection, vars)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, vars)?.if === false) continue;
    }
    if (selection.kind === Kind.FIELD) out.push({ field: selection, type });
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      fieldsOf(walk, selection.selectionSet, concrete(selection.typeCondition?.name.value, type), out);
    else {
      const fragment = walk.source.fragments[selection.name.value];
      if (fragment) fieldsOf(walk, fragment.selectionSet, concrete(fragment.typeCondition.name.value, type), out);
    }
  }
  return out;
}

/** The more specific of a type condition and the type around it. */
function concrete(condition: string | undefined, type: string): string {
  return condition && KIND_OF_TYPE[condition] ? condition : type;
}

/** What `name(lang)` falls back through: every name, the aliases, a source's title. */
const NAME_FALLBACKS: readonly EntityPart[] = ['names.th', 'names.en', 'names.zh', 'aliases', 'title'];

/**
 * The parts of an entity a field reads, for the fields that read parts only (an entity's id and
 * kind are always read); undefined for any other field, which, unless it is a relationship field
 * or `citations`, makes the read take every stored property of the entity.
 */
function partsOf(walk: Walk, field: FieldNode): readonly EntityPart[] | undefined {
  switch (field.name.value) {
    case '__typename':
    case 'id':
    case 'kind':
      return [];
    case 'name':
      return NAME_FALLBACKS;
    case 'aliases':
      return ['aliases'];
    case 'countryCode':
      return ['country'];
    case 'names':
      return fieldsOf(walk, field.selectionSet, 'Names').flatMap(({ field: lang }) =>
        isLang(lang.name.value) ? [`names.${lang.name.value}` as const] : [],
      );
    default:
      return undefined;
  }
}

/** Whether a `citations` field selects its `source`. */
function selectsSource(walk: Walk, citations: FieldNode): boolean {
  return fieldsOf(walk, citations.selectionSet, 'Citation').some((f) => f.field.name.value === 'source');
}

/** Adds what a selection set on entities of `type` asks for to `plan`. */
function planEntity(walk: Walk, set: SelectionSetNode | undefined, type: string, plan: EntityPlan): void {
  for (const { field, type: on } of fieldsOf(walk, set, type)) {
    const name = field.name.value;
    if (name === 'citations') {
      plan.citations = true;
      plan.sources ||= selectsSource(walk, field);
    } else if (name === 'text' && on === 'Source') {
      plan.text = true;
      plan.properties = true;
    } else {
      const typed = typedField(on, name);
      const parts = typed ? undefined : partsOf(walk, field);
      if (typed) planLinks(walk, field, on, typed, plan);
      else if (!parts) plan.properties = true;
      else for (const part of parts) if (!plan.parts.includes(part)) plan.parts.push(part);
    }
  }
}

/** Adds a relationship field of an entity of type `owner`, one link per relationship type. */
function planLinks(walk: Walk, field: FieldNode, owner: string, typed: TypedField, plan: EntityPlan): void {
  const kind = KIND_OF_TYPE[owner];
  for (const type of typed.types) {
    const link = linkOf(plan, typed.dir, type, kind && isEntityKind(kind) ? kind : null);
    for (const { field: item } of fieldsOf(walk, field.selectionSet, typed.row)) {
      const name = item.name.value;
      if (name === 'citations') {
        link.citations = true;
        link.sources ||= selectsSource(walk, item);
        continue;
      }
      const end = ROW_ENDS[typed.row][name];
      if (!end) {
        const attribute = ROW_ATTRIBUTES[typed.row][name];
        if (attribute !== undefined) {
          if (!link.attributes.some((a) => a.key === attribute.key && a.form === attribute.form)) link.attributes.push(attribute);
        } else if (name !== '__typename' && !ROW_TYPE_FIELDS[typed.row].includes(name)) link.properties = true;
        continue;
      }
      // The start of an outgoing relationship (or the end of an incoming one) is the owner itself.
      const self = (end.end === 'start' && typed.dir === 'OUT') || (end.end === 'end' && typed.dir === 'IN');
      planEntity(walk, item.selectionSet, end.type, self ? plan : link.entity);
    }
  }
}

/** The plan's link for a direction and type, added if new; `kind` joins the kinds that read it. */
function linkOf(plan: EntityPlan, dir: LinkDirection, type: LinkPlan['type'], kind: EntityKind | null): LinkPlan {
  let link = plan.links.find((l) => l.dir === dir && l.type === type);
  if (!link) {
    link = {
      dir,
      type,
      kinds: kind ? [kind] : null,
      properties: false,
      attributes: [],
      citations: false,
      sources: false,
      entity: emptyEntityPlan(),
    };
    plan.links.push(link);
  } else if (link.kinds && (!kind || !link.kinds.includes(kind))) link.kinds = kind ? [...link.kinds, kind] : null;
  return link;
}

/**
 * Plans a root field whose value holds entities: `path` names the fields from the root field's
 * value down to the entities (`[]` for `entity`, `['entity']` for a search hit, `['nodes']` for a
 * list), and `type` is their GraphQL type.
 */
export function planRootField(source: SelectionSource, path: readonly string[], type: string): RootPlan {
  const walk: Walk = { source, conditional: false };
  const entity = emptyEntityPlan();
  let count = false;
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    if (depth === path.length) return planEntity(walk, set, type, entity);
    for (const { field } of fieldsOf(walk, set, '')) {
      if (field.name.value === path[depth]) visit(field.selectionSet, depth + 1);
      else if (depth === 0 && field.name.value === 'totalCount') count = true;
    }
  };
  for (const node of source.fieldNodes) visit(node.selectionSet, 0);
  return { entity, count, conditional: walk.conditional };
}

/**
 * Whether a field named `name` is selected anywhere below the root field (through fragments, and
 * honouring `@skip`/`@include`): conservative, for root fields that are one named query.
 */
export function selectsAnywhere(source: SelectionSource, name: string): boolean {
  return selectsIn({ source, conditional: false }, name);
}

function selectsIn(walk: Walk, name: string): boolean {
  const seen = (set: SelectionSetNode | undefined): boolean =>
    fieldsOf(walk, set, '').some(({ field }) => field.name.value === name || seen(field.selectionSet));
  return walk.source.fieldNodes.some((node) => seen(node.selectionSet));
}

/** The fields of an `Edge` read from its id, type and ends alone. */
const EDGE_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'type', 'from', 'to', 'label']);

/** What a root field returning subgraphs (`neighborhood`) reads of their nodes and edges. */
export interface SubgraphPlan {
  /** Whether a node field needs every stored property (else the names only). */
  readonly nodeProperties: boolean;
  /** Whether an edge field needs every stored property (else the id, type and ends only). */
  readonly edgeProperties: boolean;
  /** Whether `citations` is selected anywhere below the root field. */
  readonly citations: boolean;
  /** Whether @skip/@include with a variable decided any of the above (then it holds for this request only). */
  readonly conditional: boolean;
}

/** Plans a root field whose value is a `Subgraph`. */
export function planSubgraph(source: SelectionSource): SubgraphPlan {
  const walk: Walk = { source, conditional: false };
  let edgeProperties = false;
  for (const node of source.fieldNodes)
    for (const { field } of fieldsOf(walk, node.selectionSet, ''))
      if (field.name.value === 'edges')
        for (const { field: edgeField } of fieldsOf(walk, field.selectionSet, 'Edge'))
          if (edgeField.name.value !== 'citations' && !EDGE_FIELDS.has(edgeField.name.value)) edgeProperties = true;
  const nodes = planRootField(source, ['nodes'], 'Entity');
  const citationsWalk: Walk = { source, conditional: false };
  const citations = selectsIn(citationsWalk, 'citations');
  return {
    nodeProperties: nodes.entity.properties,
    edgeProperties,
    citations,
    conditional: walk.conditional || nodes.conditional || citationsWalk.conditional,
  };
}
