import type { ServerResponse } from 'node:http';
import type { RequestBounds } from '../db/executor.ts';
import { ClientClosedRequest, DeadlineExceeded } from '../errors.ts';

/** What one request may take: time until its work is stopped, and database sessions at once. */
export interface RequestLimits {
  /** From the start of the request's work, in milliseconds (`REQUEST_DEADLINE_MS`). */
  readonly deadlineMs: number;
  /** Sessions one request may hold at once (`SESSIONS_PER_REQUEST`). */
  readonly sessionsPerRequest: number;
}

/** The defaults of config.ts, for apps built without a configuration (tests). */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = { deadlineMs: 10_000, sessionsPerRequest: 2 };

/**
 * The bounds of one request's database work: a signal aborted when the client goes away before
 * its response is sent in full, or when the deadline passes (whichever comes first; the reason
 * says which), the deadline itself and the request's share of sessions.
 */
export function boundRequest(res: ServerResponse, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): RequestBounds {
  const controller = new AbortController();
  const deadlineAt = Date.now() + limits.deadlineMs;
  // Made only when needed: an error captures a stack trace, a cost every request would pay.
  let error: DeadlineExceeded | undefined;
  const deadlineError = () => (error ??= new DeadlineExceeded(limits.deadlineMs));
  const timer = setTimeout(() => controller.abort(deadlineError()), limits.deadlineMs);
  timer.unref();
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new ClientClosedRequest());
  });
  return { signal: controller.signal, deadlineAt, deadlineError, maxSessions: limits.sessionsPerRequest };
}
