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
});
