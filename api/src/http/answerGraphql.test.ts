import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { statusOf } from './answerGraphql.ts';

const response = (status: number, contentType: string, body: unknown): HTTPGraphQLResponse => ({
  status,
  headers: new HeaderMap([['content-type', contentType]]),
  body: { kind: 'complete', string: JSON.stringify(body) },
});
const errors = (...codes: string[]) => ({ errors: codes.map((code) => ({ message: 'x', extensions: { code } })) });

describe('statusOf', () => {
  it('answers document errors asked for as application/json with 200', () => {
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']) {
      expect(statusOf(response(400, 'application/json; charset=utf-8', errors(code))), code).toBe(200);
    }
  });

  it('keeps 400 for application/graphql-response+json, for request errors, and for anything with data', () => {
    expect(statusOf(response(400, 'application/graphql-response+json; charset=utf-8', errors('GRAPHQL_PARSE_FAILED')))).toBe(400);
    expect(statusOf(response(400, 'application/json; charset=utf-8', errors('BAD_REQUEST')))).toBe(400);
    expect(statusOf(response(400, 'application/json; charset=utf-8', errors('GRAPHQL_PARSE_FAILED', 'BAD_REQUEST')))).toBe(400);
    expect(statusOf(response(400, 'application/json; charset=utf-8', { data: null, ...errors('BAD_USER_INPUT') }))).toBe(400);
    expect(statusOf(response(400, 'application/json; charset=utf-8', { errors: [] }))).toBe(400);
  });

  it('leaves every other status as it is', () => {
    expect(statusOf(response(503, 'application/json; charset=utf-8', errors('SERVICE_UNAVAILABLE')))).toBe(503);
    expect(statusOf(response(200, 'application/json; charset=utf-8', { data: {} }))).toBe(200);
    expect(statusOf({ headers: new HeaderMap(), body: { kind: 'complete', string: '{}' } })).toBe(200);
  });
});
