import { Forbidden, Unauthenticated } from '../errors.ts';
import { type Principal, type Role, roleIncludes } from './apiKeys.ts';
import type { Caller } from './credentials.ts';

/** The principal of a caller who holds at least `role`; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(caller: Caller, role: Role, what: string): Principal {
  switch (caller.kind) {
    case 'anonymous':
      throw new Unauthenticated(`${what} needs an API key with the ${role} role: send "Authorization: Bearer <key>".`);
    case 'invalid':
      throw new Unauthenticated(caller.reason);
    case 'key':
      if (!roleIncludes(caller.principal.role, role)) {
        throw new Forbidden(`${what} needs the ${role} role; the key "${caller.principal.name}" has the ${caller.principal.role} role.`);
      }
      return caller.principal;
  }
}
