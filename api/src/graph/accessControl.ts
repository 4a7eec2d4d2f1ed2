import type { ApolloServerPlugin } from '@apollo/server';
import { requireRole } from '../auth/requireRole.ts';
import type { GraphContext } from './context.ts';

/**
 * Checks the caller once the operation is known, before anything runs: mutations need the
 * editor role, and reads need a key when reading is not open. Refusals carry 401 or 403.
 */
export function accessControlPlugin(readAccess: 'open' | 'key'): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') requireRole(contextValue.caller, 'editor', 'A mutation');
          else if (readAccess === 'key') requireRole(contextValue.caller, 'reader', 'Reading on this server');
        },
      };
    },
  };
}
