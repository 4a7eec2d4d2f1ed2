import type { ErrorRequestHandler } from 'express';

/**
 * Turns request-body failures (malformed JSON, a body over the size limit) into GraphQL-shaped
 * JSON errors with a code, instead of Express's HTML error page; never leaks a stack trace.
 */
export function bodyErrors(): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    const [code, message] =
      error.type === 'entity.parse.failed'
        ? ['BAD_REQUEST', 'The request body is not valid JSON.']
        : error.type === 'entity.too.large'
          ? ['PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB.']
          : status < 500
            ? ['BAD_REQUEST', 'The request could not be read.']
            : ['INTERNAL_SERVER_ERROR', 'Internal server error.'];
    res
      .status(status)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };
}
