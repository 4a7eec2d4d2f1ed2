import { createServer, type RequestListener, type Server } from 'node:http';

/** How long a client may take and how many connections may be open: `Config['http']`. */
export interface HttpServerLimits {
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly maxConnections: number;
}

/**
 * Creates the HTTP server with bounded connections: a client that sends its headers or its
 * request too slowly is cut off (408), an idle keep-alive connection is closed, and connections
 * past the maximum are refused, so slow or numerous clients cannot hold the server's sockets.
 */
export function createHttpServer(listener: RequestListener, limits: HttpServerLimits): Server {
  const server = createServer(
    {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node checks the two timeouts above (its default is 30 s, too coarse for a 10 s limit).
      connectionsCheckingInterval: 1_000,
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
