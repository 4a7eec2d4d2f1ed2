import { createHash } from 'node:crypto';

/**
 * The operation names the product's own viewer sends (`viewer/src/operations.ts`): the only
 * client-chosen names that become metric labels, so the number of series stays fixed.
 */
export const KNOWN_OPERATIONS: ReadonlySet<string> = new Set(['Neighborhood', 'Search', 'Details', 'Paths', 'Timeline']);

/** The longest operation name written to a log line as it was sent; longer ones are cut and hashed. */
export const MAX_LOGGED_NAME = 64;

/** The metric label of an operation: a known name, `anonymous` when it has none, else `other`. */
export function operationLabel(name: string | null | undefined): string {
  if (name === null || name === undefined || name === '') return 'anonymous';
  return KNOWN_OPERATIONS.has(name) ? name : 'other';
}

/**
 * The log fields of an operation name: the name itself when short, else its first
 * `MAX_LOGGED_NAME` characters and a hash of the whole, so that one line stays small and
 * repeated requests can still be told apart.
 */
export function operationLogFields(name: string | null | undefined): { operation: string; operationHash?: string } {
  if (name === null || name === undefined || name === '') return { operation: 'anonymous' };
  if (name.length <= MAX_LOGGED_NAME) return { operation: name };
  return {
    // A copy, not a slice: a slice could keep the whole request body alive.
    operation: `${Buffer.from(name.slice(0, MAX_LOGGED_NAME)).toString()}…`,
    operationHash: createHash('sha256').update(name).digest('hex').slice(0, 16),
  };
}
