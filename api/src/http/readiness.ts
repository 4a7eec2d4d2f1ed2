/** Where the server is in its life: what /readyz answers. */
export type ReadinessState =
  | { readonly status: 'starting'; readonly reason: string }
  | { readonly status: 'ready' }
  | { readonly status: 'waiting'; readonly reason: string }
  | { readonly status: 'stopping'; readonly reason: string };

/** Holds the server's readiness; the HTTP layer reads it, the composition root sets it. */
export class Readiness {
  private current: ReadinessState = { status: 'starting', reason: 'connecting to Neo4j' };

  /** The state now. */
  get state(): ReadinessState {
    return this.current;
  }

  /** The database is connected and prepared. */
  markReady(): void {
    if (this.current.status !== 'stopping') this.current = { status: 'ready' };
  }

  /** The database cannot be used yet, for this reason. */
  markWaiting(reason: string): void {
    if (this.current.status !== 'stopping') this.current = { status: 'waiting', reason };
  }

  /** The server is draining before it stops; it takes no new work. */
  markStopping(): void {
    this.current = { status: 'stopping', reason: 'shutting down' };
  }
}
