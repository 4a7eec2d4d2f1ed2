import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { queryLimitRules } from './documentLimits.ts';

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));
const errors = (query: string) => validate(schema, parse(query), queryLimitRules()).map((e) => e.message);

describe('query limits', () => {
  it('accept every operation the viewer sends and the documented maxima', () => {
    const generated = readFileSync(path.join(REPO_ROOT, 'viewer/src/__generated__/graphql.ts'), 'utf8');
    const documents = [...generated.matchAll(/new TypedDocumentString\(`([\s\S]*?)`/g)].map((m) => m[1] as string);
    expect(documents.length).toBeGreaterThanOrEqual(4);
    for (const doc of documents) expect(errors(doc)).toEqual([]);
    expect(
      errors(
        '{ neighborhood(ids: ["a:b"], depth: 3, limit: 5000) { nodes { id name citations { quote source { title } } } edges { id citations { quote } } } }',
      ),
    ).toEqual([]);
  });

  it("accept GraphiQL's introspection query, which is deeper than data queries", () => {
    expect(errors(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
  });

  it('reject deep nesting', () => {
    const deep = `{ entity(id: "a:b") { ...on Agency { parent { entity { ...on Agency { parent { entity { ...on Agency { parent { entity { ...on Agency { parent { entity { ...on Agency { parent { entity { ...on Agency { parent { entity { ...on Agency { parent { entity { id } } } } } } } } } } } } } } } } } } } } } } }`;
    expect(errors(deep)).toEqual(['The query is nested more than 12 levels deep, the limit.']);
  });

  it('reject too many aliases', () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: entity(id: "a:b") { id }`).join(' ')} }`;
    expect(errors(query)).toEqual(['The query uses 31 aliases; the limit is 30.']);
  });

  it('measure the depth of a chain of doubling fragments in linear time (it took 2^n walks, and overflowed the stack at n = 18)', () => {
    const chain =
      Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n') +
      '\nfragment F40 on Query { entity(id: "a:b") { id } }';
    expect(errors(`{ ...F0 }\n${chain}`)).toEqual([]);
  });
});
