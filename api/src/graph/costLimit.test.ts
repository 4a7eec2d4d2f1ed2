import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { rememberedOperationCost } from './costLimit.ts';
import { costVariables, operationCost } from './documentCost.ts';

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));

describe('costs remembered per operation', () => {
  // One parsed document, as Apollo Server keeps it, asked with different variables.
  const document = parse(`query Q($ids: [ID!]!, $depth: Int = 2, $n: Int = 3, $on: Boolean!, $id: ID!) {
    neighborhood(ids: $ids, depth: $depth, limit: 50) { nodes { id } }
    entity(id: $id) { ...Detail }
  }
  fragment Detail on Entity { id ... on Agency { people(first: $n) { person { id } } } b: briefing(id: $id) @include(if: $on) { title } }`);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

  it('reads only the variables that size a list or include a field, fragments included', () => {
    expect(costVariables(document, operation)).toEqual(['depth', 'n', 'on']);
  });

  it('gives what operationCost gives for every combination, asked in any order and again', () => {
    const cases = [
      { ids: ['m:1'], depth: 1, on: false, id: 'a:1' },
      { ids: ['m:1'], depth: 3, on: false, id: 'a:1' },
      { ids: ['m:2'], depth: 1, on: true, id: 'a:2' },
      { ids: ['m:1'], depth: 1, n: 50, on: false, id: 'a:1' },
      { ids: ['m:1'], depth: 1, n: null, on: false, id: 'a:1' },
      { ids: ['m:1'], on: false, id: 'a:1' },
    ];
    const fresh = cases.map((v) => operationCost(schema, document, operation, v));
    // The cases differ in cost: depth, the briefing, first: 50, first: null (its maximum) and the default depth (2).
    expect(new Set(fresh).size).toBe(cases.length);
    for (const round of [0, 1]) {
      const order = round === 0 ? cases : [...cases].reverse();
      for (const v of order) expect(rememberedOperationCost(schema, document, operation, v)).toBe(fresh[cases.indexOf(v)]);
    }
    // A variable the cost does not read (the ids, the entity's id) does not change it.
    expect(rememberedOperationCost(schema, document, operation, { ...cases[0], ids: ['x:9'], id: 'x:9' })).toBe(fresh[0]);
  });
});
