import { describe, expect, it } from 'vitest';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { useSeededApollo } from '../../../test-utils/seededApollo.ts';
import { COMPILE_AFTER_RUNS, compiledQueries } from './compiledExecution.ts';

const seeded = useSeededApollo({ production: true });

/**
 * Runs a document until it has run twice compiled: `answers[0]` is graphql-js's, `answers[1]`
 * and `answers[2]` the compiled query's.
 */
async function thrice(query: string, variables: Record<string, unknown> = {}) {
  const before = compiledQueries();
  const answers = [];
  for (let i = 0; i < COMPILE_AFTER_RUNS + 2; i++) {
    const { data, errors } = await runOperation(seeded.apollo, seeded.db.executor, query, variables);
    if (i === 0 || i >= COMPILE_AFTER_RUNS) answers.push(JSON.parse(JSON.stringify({ data, errors })));
  }
  return { answers, compiled: compiledQueries() - before };
}

describe('compiled execution', () => {
  it.each([
    [
      'an entity with fragments on two kinds, nested typed fields and citations',
      `query($id: ID!) { entity(id: $id) { __typename id name(lang: EN) kind
        ... on Agency { parent { entity { id } } people { title { th en } person { id name } } }
        ... on Meeting { workingGroups { entity { id ... on WorkingGroup { members { side member { id name } } } } } }
        citations { quote source { id } } } }`,
      { id: 'meeting:thai-china-st-committee-4' },
    ],
    [
      'a typed list with filters from variables, its total and cursor',
      `query($country: String, $first: Int) { agencies(filter: { country: $country }, first: $first, sort: NAME, lang: EN) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id names { th en zh } countryCode } } }`,
      { country: 'CN', first: 2 },
    ],
    [
      'a neighbourhood with @include from a variable',
      `query($ids: [ID!]!, $full: Boolean!) { neighborhood(ids: $ids, depth: 2, limit: 50) {
        truncated nodes { id kind name ... on Person { positions @include(if: $full) { title { en } } } } edges { id type from to } } }`,
      { ids: ['agency:tistr'], full: true },
    ],
    ['search, with a score per hit', `{ search(text: "TISTR", first: 3) { score entity { id name } } }`, {}],
  ])('answers %s the same compiled as with graphql-js', async (_label, query, variables) => {
    const { answers, compiled } = await thrice(query, variables);
    expect(compiled).toBe(1);
    expect(answers[0].errors).toBeUndefined();
    expect(answers[0].data).not.toBeNull();
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('keeps the code and message of an error a resolver throws, and of a variable of the wrong type', async () => {
    const badArgument = await thrice('query($first: Int) { agencies(first: $first) { nodes { id } } }', { first: 100_000 });
    expect(badArgument.compiled).toBe(1);
    expect(badArgument.answers[0].errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badArgument.answers[0].errors[0].message).toMatch(/first/);
    expect(badArgument.answers[1]).toEqual(badArgument.answers[0]);
    expect(badArgument.answers[2]).toEqual(badArgument.answers[0]);

    const badVariable = await thrice('query($first: Int) { agencies(first: $first) { nodes { id } } }', { first: 'many' });
    expect(badVariable.answers[0].errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badVariable.answers[0].errors[0].message).toMatch(/\$first/);
    expect(badVariable.answers[1]).toEqual(badVariable.answers[0]);
    expect(badVariable.answers[2]).toEqual(badVariable.answers[0]);
  });

  it('leaves mutations to graphql-js (input object field defaults)', async () => {
    const { answers, compiled } = await thrice('mutation { revertChangeset(id: "changeset:none", reason: "test") { id } }');
    expect(compiled).toBe(0);
    expect(answers[1]).toEqual(answers[0]);
  });
});
