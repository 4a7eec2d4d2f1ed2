import type { ServerResponse } from 'node:http';

/**
 * A signal aborted when the client goes away before its response has been sent in full, so
 * that the request's database work stops (`Executor.withSignal`).
 */
export function abortOnDisconnect(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('The client closed the connection.'));
  });
  return controller.signal;
}
