import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { answerGraphql, type HttpContextFunction } from './answerGraphql.ts';

export type { HttpContextFunction } from './answerGraphql.ts';

/** The largest request body accepted, counted as `express.json({ limit: '1mb' })` counts it. */
export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
// JSON white space (RFC 8259): space, tab, line feed, carriage return.
const FIRST_NON_SPACE = /^[ \t\n\r]*(.)/s;

/** Whether a request is the plain kind the fast path reads: JSON in UTF-8, unencoded, of a declared length within the limit. */
export function isPlainJsonPost(headers: IncomingHttpHeaders): boolean {
  const length = Number(headers['content-length']);
  const encoding = headers['content-encoding'];
  return (
    JSON_TYPE.test(headers['content-type'] ?? '') &&
    (encoding === undefined || encoding.toLowerCase() === 'identity') &&
    headers['transfer-encoding'] === undefined &&
    Number.isInteger(length) &&
    length >= 0 &&
    length <= MAX_BODY_BYTES
  );
}

/** Parses a body as `express.json()` does (strict: an object or an array; empty is `{}`), or throws its 400 parse error. */
export function parseJsonBody(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = FIRST_NON_SPACE.exec(body)?.[1];
  if (first !== '{' && first !== '[') throw bodyError(new SyntaxError('A JSON body must be an object or an array.'), 'entity.parse.failed');
  try {
    return JSON.parse(body);
  } catch (error) {
    throw bodyError(error as Error, 'entity.parse.failed');
  }
}

// Errors shaped as body-parser's, so that `bodyErrors()` answers them the same way.
function bodyError(error: Error, type: string): Error {
  return Object.assign(error, { type, status: 400 });
}

// Node's parser delivers exactly Content-Length bytes (checked against the limit before), or fails.
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('aborted', () => reject(bodyError(new Error('The request was aborted.'), 'request.aborted')));
    req.on('error', (error) => reject(bodyError(error, 'request.error')));
  });
}

/** Whether a request is a plain JSON POST to /graphql, the one the fast path answers. */
export function isGraphqlPost(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return req.method === 'POST' && (url === '/graphql' || url.startsWith('/graphql?')) && isPlainJsonPost(req.headers);
}

/**
 * Answers the common GraphQL request, a plain JSON POST (`isGraphqlPost`), by handing it to Apollo
 * directly: the answer the Express app (`express.json()` + `answerGraphql`) would give, without
 * Express's routing and its per-request work (media-type and charset parsing, URL parsing).
 * Rejects with a body-parser-shaped error when the body cannot be read or parsed.
 */
export function graphqlPost<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: HttpContextFunction<TContext>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const body = parseJsonBody(await readBody(req));
    await answerGraphql(apollo, context, req, res, body);
  };
}
