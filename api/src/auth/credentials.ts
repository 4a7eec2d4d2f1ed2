import type { IncomingHttpHeaders } from 'node:http';
import type { KeyStore, Principal } from './apiKeys.ts';

/** What the request said about its caller: nobody, a known key, or a key that matches none. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'key'; readonly principal: Principal }
  | { readonly kind: 'invalid'; readonly reason: string };

/** The caller of a request, from `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function callerFrom(headers: IncomingHttpHeaders, keys: KeyStore): Caller {
  const auth = headers.authorization;
  const headerKey = headers['x-api-key'];
  let presented: string | undefined;
  if (typeof auth === 'string' && auth.trim() !== '') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!m) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <API key>".' };
    presented = m[1];
  } else if (typeof headerKey === 'string' && headerKey.trim() !== '') {
    presented = headerKey.trim();
  }
  if (presented === undefined) return { kind: 'anonymous' };
  const principal = keys.authenticate(presented);
  return principal ? { kind: 'key', principal } : { kind: 'invalid', reason: 'The API key is not recognised.' };
}
