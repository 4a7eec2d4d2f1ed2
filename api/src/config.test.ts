import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and port 4000, matching docker-compose.yml', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.target.mode).toBe('local');
    expect(config.neo4j.password).toBe('local-neo4j-password');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses NEO4J_URI and friends when given, bolt or neo4j routing', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'kg',
      PORT: '8080',
    });
    expect(config.neo4j).toMatchObject({
      target: { mode: 'external', uri: 'neo4j://db.example:7687' },
      user: 'u',
      password: 'p',
      database: 'kg',
    });
    expect(config.port).toBe(8080);
  });

  it('rejects unusable values with the variable name', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number');
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow('NEO4J_URI must start with bolt://');
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrow('at least 8 characters');
  });

  it('turns introspection and GraphiQL off in production unless switched on explicitly', () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, graphiql: true, production: false });
    const production = { NODE_ENV: 'production', NEO4J_PASSWORD: 'a-password-of-our-own' };
    expect(loadConfig(production)).toMatchObject({ introspection: false, graphiql: false, production: true });
    expect(loadConfig({ ...production, INTROSPECTION: 'true', GRAPHIQL: 'true' })).toMatchObject({ introspection: true, graphiql: true });
    expect(loadConfig({ INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('refuses the published local password in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('NEO4J_PASSWORD is the published default');
    expect(() => loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'local-neo4j-password' })).toThrow(
      'NEO4J_PASSWORD is the published default',
    );
  });

  it('limits requests per address and per key, and bounds HTTP connections, by default', () => {
    const config = loadConfig({});
    expect(config.rateLimits).toEqual({ addressPerMinute: 600, keyPerMinute: 3_000 });
    expect(config.http).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 });
    expect(config.metricsToken).toBeUndefined();
    const tuned = loadConfig({ RATE_LIMIT_ADDRESS_PER_MINUTE: '0', RATE_LIMIT_KEY_PER_MINUTE: '60', METRICS_TOKEN: ' t0ken ' });
    expect(tuned.rateLimits).toEqual({ addressPerMinute: 0, keyPerMinute: 60 });
    expect(tuned.metricsToken).toBe('t0ken');
    expect(() => loadConfig({ RATE_LIMIT_ADDRESS_PER_MINUTE: '-1' })).toThrow('RATE_LIMIT_ADDRESS_PER_MINUTE must be a whole number');
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '10' })).toThrow('HTTP_HEADERS_TIMEOUT_MS must be a whole number');
  });

  it('bounds each request by a cost budget, a deadline and a share of database sessions, by default', () => {
    expect(loadConfig({}).requests).toEqual({ costBudget: 2_500_000, deadlineMs: 10_000, sessionsPerRequest: 2 });
    const tuned = loadConfig({ QUERY_COST_BUDGET: '50000', REQUEST_DEADLINE_MS: '2500', SESSIONS_PER_REQUEST: '1' });
    expect(tuned.requests).toEqual({ costBudget: 50_000, deadlineMs: 2_500, sessionsPerRequest: 1 });
    expect(() => loadConfig({ SESSIONS_PER_REQUEST: '0' })).toThrow('SESSIONS_PER_REQUEST must be a whole number from 1 to 50, got "0"');
    expect(() => loadConfig({ REQUEST_DEADLINE_MS: '5s' })).toThrow('REQUEST_DEADLINE_MS must be a whole number from 10 to 600000');
  });
});
