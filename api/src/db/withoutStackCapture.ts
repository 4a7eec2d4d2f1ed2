/**
 * Creates a driver result with stack capture off. The driver records the caller's stack for every
 * result it creates (to give a later error that stack), and formats it at once; with source maps
 * on (the API runs from TypeScript) that formatting was about 5% of the CPU a read costs this
 * process. Every statement goes through the executor, so the trace would tell nothing that an
 * error's query name and code do not. The result is created synchronously, so only this call
 * sees the limit, and it is restored even when the call throws.
 */
export function withoutStackCapture<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
