import { describe, expect, it } from 'vitest';
import { ApiKeyConfigError, generateApiKey, hashApiKey, KeyStore, keyLine, parseKeyLines, roleIncludes } from './apiKeys.ts';
import { callerFrom } from './credentials.ts';
import { requireRole } from './requireRole.ts';

describe('API keys', () => {
  const key = generateApiKey();
  const store = new KeyStore(
    parseKeyLines(`# editors\n${keyLine('alice', 'editor', key)}\n\n${keyLine('rita', 'reader', 'r-key')}`, 'test'),
  );

  it('are random, and only their SHA-256 is configured', () => {
    expect(key).toMatch(/^tcst_[A-Za-z0-9_-]{43}$/);
    expect(generateApiKey()).not.toBe(key);
    const line = keyLine('alice', 'editor', key);
    expect(line).toBe(`alice:editor:${hashApiKey(key)}`);
    expect(line).not.toContain(key);
  });

  it('identify their holder, and nobody for an unknown key', () => {
    expect(store.size).toBe(2);
    expect(store.authenticate(key)).toEqual({ name: 'alice', role: 'editor' });
    expect(store.authenticate(`${key}x`)).toBeNull();
    expect(store.authenticate('')).toBeNull();
  });

  it('accept comma-separated entries (API_KEYS) and refuse malformed ones with the line and the fix', () => {
    expect(parseKeyLines(`a:reader:${'0'.repeat(64)}, b:editor:${'1'.repeat(64)}`, 'API_KEYS')).toHaveLength(2);
    expect(() => parseKeyLines(`a:admin:${'0'.repeat(64)}`, 'keys')).toThrow(ApiKeyConfigError);
    expect(() => parseKeyLines('\nalice:editor:not-a-hash', 'keys')).toThrow(/keys, line 2: .*npm run api-key/);
  });

  it('are read from Authorization: Bearer or X-API-Key', () => {
    expect(callerFrom({ authorization: `Bearer ${key}` }, store)).toEqual({ kind: 'key', principal: { name: 'alice', role: 'editor' } });
    expect(callerFrom({ 'x-api-key': 'r-key' }, store)).toEqual({ kind: 'key', principal: { name: 'rita', role: 'reader' } });
    expect(callerFrom({}, store)).toEqual({ kind: 'anonymous' });
    expect(callerFrom({ authorization: 'Basic abc' }, store).kind).toBe('invalid');
    expect(callerFrom({ authorization: 'Bearer wrong' }, store)).toEqual({ kind: 'invalid', reason: 'The API key is not recognised.' });
  });

  it('give UNAUTHENTICATED without a valid key and FORBIDDEN for a weaker role', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'allowed';
      } catch (e) {
        return (e as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(code(() => requireRole({ kind: 'anonymous' }, 'editor', 'x'))).toBe('UNAUTHENTICATED');
    expect(code(() => requireRole({ kind: 'invalid', reason: 'no' }, 'reader', 'x'))).toBe('UNAUTHENTICATED');
    expect(code(() => requireRole(callerFrom({ 'x-api-key': 'r-key' }, store), 'editor', 'x'))).toBe('FORBIDDEN');
    expect(code(() => requireRole(callerFrom({ 'x-api-key': 'r-key' }, store), 'reader', 'x'))).toBe('allowed');
    expect(roleIncludes('editor', 'reader')).toBe(true);
    expect(roleIncludes('reader', 'editor')).toBe(false);
  });
});
