import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';

/** Builds the context of one GraphQL request from its HTTP request and response. */
export type HttpContextFunction<TContext extends BaseContext> = (req: IncomingMessage, res: ServerResponse) => Promise<TContext>;

/**
 * The longest query document accepted, in characters. The viewer's largest is about 2,000; a
 * document of 2,000 tokens (the parser's limit, graph/apolloServer.ts) of ordinary names fits with room to spare. A
 * longer one is refused before it is parsed, so that a single name of 100 kB costs nothing.
 */
export const MAX_QUERY_CHARS = 64 * 1024;

// Errors in the document or its variables: with `application/json` they come back as a 200
// result with `errors` (GraphQL over HTTP), with `application/graphql-response+json` as a 400.
const DOCUMENT_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
]);

function headerMapOf(headers: IncomingHttpHeaders, method: string): HeaderMap {
  const map = new HeaderMap();
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) map.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // Apollo's CSRF prevention refuses a GET that has no preflight header. A GET never runs a
  // mutation, and credentials travel only in headers a cross-site page cannot set without a
  // preflight, so a simple GET is read-only and anonymous: it goes ahead unless the browser says
  // a page on another site sent it (Sec-Fetch-Site), which keeps drive-by load off the server.
  if (method === 'GET' && !map.has('apollo-require-preflight') && !map.has('x-apollo-operation-name')) {
    const site = map.get('sec-fetch-site');
    if (site === undefined || site === 'same-origin' || site === 'none') map.set('apollo-require-preflight', 'simple-get');
  }
  return map;
}

/** The status of an answer: a document error asked for as `application/json` is a 200, as the GraphQL-over-HTTP spec says. */
export function statusOf(response: HTTPGraphQLResponse): number {
  const status = response.status ?? 200;
  if (status !== 400 || response.body.kind !== 'complete') return status;
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) return status;
  let body: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(response.body.string);
  } catch {
    return status;
  }
  const errors = body.errors ?? [];
  const documentError = errors.length > 0 && errors.every((e) => DOCUMENT_ERRORS.has(String(e.extensions?.code)));
  return documentError && !('data' in body) ? 200 : status;
}

async function send(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = statusOf(response);
  if (response.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function sendTooLong(res: ServerResponse): void {
  const body = JSON.stringify({
    errors: [{ message: `The query document is longer than ${MAX_QUERY_CHARS} characters.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
  });
  res.statusCode = 413;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * Answers one GraphQL request whose body is read (`body`: the parsed JSON, or undefined): the
 * one place both the fast path and the Express app hand requests to Apollo.
 */
export async function answerGraphql<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: HttpContextFunction<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const search = query === -1 ? '' : url.slice(query);
  const text = method === 'GET' ? new URLSearchParams(search).get('query') : (body as { query?: unknown } | undefined)?.query;
  if (typeof text === 'string' && text.length > MAX_QUERY_CHARS) {
    sendTooLong(res);
    return;
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers: headerMapOf(req.headers, method), search, body },
    context: () => context(req, res),
  });
  await send(res, response);
}
