/**
 * At most `max` database sessions at once for one request; the rest wait their turn inside the
 * request, so one request cannot take the driver's pool from everyone else. A wait ends early,
 * with the signal's reason, when the request is aborted (client gone, deadline passed). A limiter
 * such as p-limit would need that per-waiter abort added around it, and a new dependency; this is
 * the whole of it.
 */
export class SessionGate {
  private active = 0;
  private peakActive = 0;
  private readonly waiting: (() => void)[] = [];

  readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  /** The most sessions this gate has let through at once. */
  get peak(): number {
    return this.peakActive;
  }

  /** Waits for a free place; resolves with the function that gives it back (idempotent). */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.active < this.max) {
      this.active += 1;
      this.peakActive = Math.max(this.peakActive, this.active);
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(grant);
        if (at !== -1) this.waiting.splice(at, 1);
        reject(signal?.reason);
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    // The place was handed over by the session that released it: `active` did not drop.
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}
