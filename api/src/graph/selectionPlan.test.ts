import { type FragmentDefinitionNode, type OperationDefinitionNode, Kind, parse, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { planRootField, planSubgraph, selectsAnywhere, type SelectionSource } from './selectionPlan.ts';

/** The root field of a one-field document, as a resolver's `info` gives it. */
function source(document: string, variableValues: Record<string, unknown> = {}): SelectionSource {
  const doc = parse(document);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments, variableValues };
}

describe('selectsAnywhere', () => {
  it('finds a field at any depth, through fragments, and honours @include', () => {
    const edges = '{ neighborhood(ids: ["x"]) { nodes { id } edges { id citations { quote } } } }';
    expect(selectsAnywhere(source(edges), 'citations')).toBe(true);
    expect(selectsAnywhere(source('{ neighborhood(ids: ["x"]) { nodes { id name } edges { id } } }'), 'citations')).toBe(false);
    const fragment = 'query { neighborhood(ids: ["x"]) { nodes { ...N } } } fragment N on Entity { ... on Person { citations { quote } } }';
    expect(selectsAnywhere(source(fragment), 'citations')).toBe(true);
    const included = 'query($c: Boolean!) { neighborhood(ids: ["x"]) { nodes { id citations @include(if: $c) { quote } } } }';
    expect(selectsAnywhere(source(included, { c: false }), 'citations')).toBe(false);
    expect(selectsAnywhere(source(included, { c: true }), 'citations')).toBe(true);
  });
});

describe('planRootField', () => {
  it('reads citations (and their sources) only where they are selected', () => {
    const plan = planRootField(
      source('{ entity(id: "x") { id ... on Agency { people { title { en } person { id citations { quote } } } } } }'),
      [],
      'Entity',
    );
    expect(plan.entity.citations).toBe(false);
    expect(plan.entity.links.map((l) => [l.type, l.citations, l.entity.citations, l.entity.sources])).toEqual([
      ['HOLDS_POSITION', false, true, false],
    ]);
  });
});

describe('what a plan reads of each record', () => {
  it('reads the parts the fields name, the attributes the items name, and every property only when a field needs more', () => {
    const plan = planRootField(
      source('{ entity(id: "x") { id names { en } ... on Agency { people { title { en } person { id name countryCode } } } } }'),
      [],
      'Entity',
    ).entity;
    expect([plan.properties, plan.parts]).toEqual([false, ['names.en']]);
    const [people] = plan.links;
    expect([people?.properties, people?.attributes]).toEqual([false, [{ key: 'title', form: 'localized' }]]);
    expect([people?.entity.properties, people?.entity.parts]).toEqual([
      false,
      ['names.th', 'names.en', 'names.zh', 'aliases', 'title', 'country'],
    ]);
    const more = planRootField(
      source('{ entity(id: "x") { properties { key } ... on Agency { people { person { id } properties { key } } } } }'),
      [],
      'Entity',
    ).entity;
    expect([more.properties, more.links[0]?.properties, more.links[0]?.entity.properties]).toEqual([true, true, false]);
  });

  it('reads a neighbourhood’s nodes by their names and its edges by their ends unless more is selected', () => {
    expect(planSubgraph(source('{ neighborhood(ids: ["x"]) { nodes { id kind name } edges { id type from to label } } }'))).toEqual({
      nodeProperties: false,
      edgeProperties: false,
      citations: false,
      conditional: false,
    });
    expect(
      planSubgraph(
        source('{ neighborhood(ids: ["x"]) { nodes { properties { key } } edges { properties { key } citations { quote } } } }'),
      ),
    ).toEqual({ nodeProperties: true, edgeProperties: true, citations: true, conditional: false });
  });
});
