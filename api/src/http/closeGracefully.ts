import type { Server } from 'node:http';

/**
 * Stops taking connections, lets requests in flight finish (closing each connection once it
 * is idle), and after `graceMs` closes the connections still busy. Resolves with how many
 * connections had to be cut.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<number> {
  return new Promise((resolve) => {
    let cut = 0;
    // A keep-alive connection whose request was already under way turns idle only after its response.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      server.getConnections((_error, count) => {
        cut = count;
        server.closeAllConnections();
      });
    }, graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(cut);
    });
    server.closeIdleConnections();
  });
}
