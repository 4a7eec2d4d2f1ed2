import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { DEFAULT_COST_BUDGET } from './costLimit.ts';
import { operationCost } from './documentCost.ts';

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return operationCost(schema, document, operation, variables);
};
const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the cost of an operation', () => {
  it("admits every operation the viewer sends, with the viewer's own variables, and the documented maxima", () => {
    const generated = readFileSync(path.join(REPO_ROOT, 'viewer/src/__generated__/graphql.ts'), 'utf8');
    const documents = [...generated.matchAll(/new TypedDocumentString\(`([\s\S]*?)`/g)]
      .map((m) => m[1] as string)
      .filter((d) => /^\s*query /.test(d));
    expect(documents.length).toBeGreaterThanOrEqual(4);
    // The opening network: two neighbourhoods of 5,000 nodes (depth 2 and 1), the heaviest the viewer sends.
    const viewer = {
      seed: ['m:1'],
      seedDepth: 2,
      expanded: ['m:2'],
      withExpanded: true,
      limit: 5000,
      id: 'm:1',
      text: 'x',
      from: 'a:1',
      to: 'a:2',
    };
    const costs = documents.map((d) => cost(d, viewer));
    expect(Math.max(...costs)).toBe(1_030_108);
    expect(Math.max(...costs) * 2).toBeLessThanOrEqual(DEFAULT_COST_BUDGET);
    const documented =
      '{ neighborhood(ids: ["a:b"], depth: 3, limit: 5000) { nodes { id name citations { quote source { title } } } edges { id citations { quote } } } }';
    expect(cost(documented)).toBeLessThan(DEFAULT_COST_BUDGET);
  });

  it('counts every field, and multiplies a list by its first or limit, nested lists by an assumed 20', () => {
    expect(cost('{ __typename }')).toBe(1);
    expect(cost(`{ ${'__typename '.repeat(4990)}}`)).toBe(4990);
    // A typed list's work 10, itself 1, then nodes 1 + 7 × (id 1 + name 1).
    expect(cost('{ people(first: 7) { nodes { id name } } }')).toBe(10 + 1 + (1 + 7 * 2));
    // search 100 + 1, then 8 hits × entity (1 + id 1 + meetings (1 + 20 × (meeting 1 + id 1))).
    expect(cost('{ search(text: "x", first: 8) { entity { id ... on Person { meetings { meeting { id } } } } } }')).toBe(
      101 + 8 * (1 + 1 + (1 + 20 * 2)),
    );
    // A neighbourhood's nodes take its limit, its edges five times that.
    expect(cost('{ neighborhood(ids: ["a:1"], depth: 1, limit: 10) { nodes { id } edges { id } } }')).toBe(100 + 1 + (1 + 10) + (1 + 50));
  });

  it('reads sizes from the variables, then the defaults, and counts an unknown or out-of-range size as its maximum', () => {
    const q = 'query Q($n: Int) { people(first: $n) { nodes { id } } }';
    expect(cost(q, { n: 5 })).toBe(10 + 1 + (1 + 5));
    expect(cost(q, {})).toBe(10 + 1 + (1 + 100));
    expect(cost(q, { n: 1_000_000 })).toBe(10 + 1 + (1 + 100));
    expect(cost('query Q($n: Int = 3) { people(first: $n) { nodes { id } } }')).toBe(10 + 1 + (1 + 3));
    expect(cost('{ people { nodes { id } } }')).toBe(10 + 1 + (1 + 20));
  });

  it('leaves out what @include and @skip leave out', () => {
    const q = 'query Q($on: Boolean!) { a: briefing(id: "x") @include(if: $on) { title } entity(id: "x") { id } }';
    expect(cost(q, { on: false })).toBe(2);
    expect(cost(q, { on: true })).toBe(2 + 100_000 + 1 + 1);
  });

  it('counts each aliased expensive root field in full', () => {
    const neighbourhood = 'neighborhood(ids: ["p:1"], depth: 3, limit: 200) { nodes { id } edges { id } }';
    const one = cost(`{ ${neighbourhood} }`);
    expect(one).toBe(250_000 + 1 + (1 + 200) + (1 + 1000));
    expect(cost(aliased(30, neighbourhood))).toBe(30 * one);
    expect(cost(aliased(30, neighbourhood))).toBeGreaterThan(DEFAULT_COST_BUDGET);
    expect(cost(aliased(30, 'briefing(id: "p:1") { title }'))).toBeGreaterThan(DEFAULT_COST_BUDGET);
    expect(cost(aliased(30, 'paths(from: "a:1", to: "a:2", maxLength: 6, first: 100) { nodes { id } }'))).toBe(
      30 * (60_000 + 1 + 100 * (1 + 7)),
    );
  });

  it('multiplies nested lists of a neighbourhood through every level', () => {
    const nested = `{ neighborhood(ids: ["m:1"], depth: 2, limit: 5000) { nodes { ... on Person { meetings { meeting { attendees { entity {
      ... on Person { meetings { meeting { attendees { entity { id } } } } } } } } } } } } }`;
    expect(cost(nested)).toBeGreaterThan(1_000_000_000);
  });

  it('costs fragments once per place, so a chain of doubling fragments takes linear time and a huge cost', () => {
    const chain =
      Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n') +
      '\nfragment F40 on Query { __typename }';
    expect(cost(`{ ...F0 }\n${chain}`)).toBe(2 ** 40);
  });
});
