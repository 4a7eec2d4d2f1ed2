import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';

/** A failure while reading a request, as body-parser reports it. */
export interface BodyError {
  readonly type?: string;
  readonly status?: number;
}

/**
 * Answers a request-body failure (malformed JSON, a body over the size limit) with a
 * GraphQL-shaped JSON error with a code, never an HTML page or a stack trace.
 */
export function sendBodyError(res: ServerResponse, error: BodyError): void {
  const status = error.status ?? 500;
  const [code, message] =
    error.type === 'entity.parse.failed'
      ? ['BAD_REQUEST', 'The request body is not valid JSON.']
      : error.type === 'entity.too.large'
        ? ['PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB.']
        : status < 500
          ? ['BAD_REQUEST', 'The request could not be read.']
          : ['INTERNAL_SERVER_ERROR', 'Internal server error.'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** The Express error handler of the same answers, in place of Express's HTML error page. */
export function bodyErrors(): ErrorRequestHandler {
  return (error: BodyError, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendBodyError(res, error);
  };
}
