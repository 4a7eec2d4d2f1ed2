import type { Server } from 'node:http';

/**
 * Stops taking connections, lets requests in flight finish, and after `graceMs` closes the
 * connections still open. Resolves with how many connections had to be cut.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<number> {
  return new Promise((resolve) => {
    let cut = 0;
    const timer = setTimeout(() => {
      server.getConnections((_error, count) => {
        cut = count;
        server.closeAllConnections();
      });
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve(cut);
    });
    server.closeIdleConnections();
  });
}
