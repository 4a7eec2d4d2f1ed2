import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAutocannon } from './autocannonRun.ts';

// A server that answers every request after 20 ms: 32 requests over 16 connections take about
// two rounds, some 40–100 ms, far from a whole second.
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => res.end('{"data":{}}'), 20));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('runAutocannon', () => {
  it('sends exactly the requests a counted run asks for, and rates it over its own length, not a whole second', async () => {
    const result = await runAutocannon({ url, body: { query: '{ x }' }, connections: 16, seconds: 0, amount: 32 });
    expect(result.requests).toBe(32);
    expect(result.errors + result.timeouts + result.non2xx).toBe(0);
    // Rounded up to a whole second, as it was, the rate would be at most 32 per second; two
    // rounds of 20 ms are several hundred per second even on a busy machine.
    expect(result.requestsPerSecond).toBeGreaterThan(64);
  });
});
