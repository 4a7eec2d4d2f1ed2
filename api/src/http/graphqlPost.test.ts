import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isGraphqlPost, isPlainJsonPost, MAX_BODY_BYTES, parseJsonBody } from './graphqlPost.ts';

describe('isPlainJsonPost', () => {
  const json = { 'content-type': 'application/json', 'content-length': '42' };

  it('takes JSON in UTF-8 of a declared length within the limit', () => {
    expect(isPlainJsonPost(json)).toBe(true);
    expect(isPlainJsonPost({ ...json, 'content-type': 'application/json; charset=utf-8' })).toBe(true);
    expect(isPlainJsonPost({ ...json, 'content-type': 'Application/JSON;charset="UTF-8"' })).toBe(true);
    expect(isPlainJsonPost({ ...json, 'content-encoding': 'identity' })).toBe(true);
    expect(isPlainJsonPost({ ...json, 'content-length': '0' })).toBe(true);
    expect(isPlainJsonPost({ ...json, 'content-length': String(MAX_BODY_BYTES) })).toBe(true);
  });

  it('leaves everything else to the general path', () => {
    expect(isPlainJsonPost({ ...json, 'content-type': 'text/plain' })).toBe(false);
    expect(isPlainJsonPost({ ...json, 'content-type': 'application/graphql-response+json' })).toBe(false);
    expect(isPlainJsonPost({ ...json, 'content-type': 'application/json; charset=latin1' })).toBe(false);
    expect(isPlainJsonPost({ 'content-length': '42' })).toBe(false);
    expect(isPlainJsonPost({ ...json, 'content-encoding': 'gzip' })).toBe(false);
    expect(isPlainJsonPost({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' })).toBe(false);
    expect(isPlainJsonPost({ ...json, 'content-length': '1.5' })).toBe(false);
    expect(isPlainJsonPost({ ...json, 'content-length': String(MAX_BODY_BYTES + 1) })).toBe(false);
  });
});

describe('parseJsonBody', () => {
  it('parses objects and arrays, and reads an empty body as {} (as express.json does)', () => {
    expect(parseJsonBody(' {"query": "{ a }"}')).toEqual({ query: '{ a }' });
    expect(parseJsonBody('[1]')).toEqual([1]);
    expect(parseJsonBody('\uFEFF{"a": 1}')).toEqual({ a: 1 });
    expect(parseJsonBody('')).toEqual({});
  });

  it('rejects anything else with the parse error bodyErrors() answers 400 to', () => {
    for (const text of ['"text"', '42', 'null', '{"query": ', 'query { a }', ' ']) {
      expect(() => parseJsonBody(text), text).toThrow(expect.objectContaining({ type: 'entity.parse.failed', status: 400 }));
    }
  });
});

describe('isGraphqlPost', () => {
  const request = (method: string, url: string, headers: Record<string, string> = {}) =>
    Object.assign(new IncomingMessage(new Socket()), {
      method,
      url,
      headers: { 'content-type': 'application/json', 'content-length': '2', ...headers },
    });

  it('takes plain JSON POSTs to /graphql, with or without a query string', () => {
    expect(isGraphqlPost(request('POST', '/graphql'))).toBe(true);
    expect(isGraphqlPost(request('POST', '/graphql?op=Search'))).toBe(true);
  });

  it('leaves other methods, paths and bodies to the Express app', () => {
    expect(isGraphqlPost(request('GET', '/graphql'))).toBe(false);
    expect(isGraphqlPost(request('OPTIONS', '/graphql'))).toBe(false);
    expect(isGraphqlPost(request('POST', '/graphql/'))).toBe(false);
    expect(isGraphqlPost(request('POST', '/GRAPHQL'))).toBe(false);
    expect(isGraphqlPost(request('POST', '/graphqlx'))).toBe(false);
    expect(isGraphqlPost(request('POST', '/briefing/x'))).toBe(false);
    expect(isGraphqlPost(request('POST', '/graphql', { 'content-type': 'text/plain' }))).toBe(false);
  });
});
