import { createHash } from 'node:crypto';
import type { NodeRow, RelationshipRow } from './graphRows.ts';

/** A dataset version computed row by row, so a streamed import needs no list of its rows. */
export interface ContentHash {
  add(row: NodeRow | RelationshipRow): void;
  /** A short hash of every row added, in order: the same rows give the same version. */
  version(): string;
}

/** Starts an empty content hash. */
export function createContentHash(): ContentHash {
  const hash = createHash('sha256');
  return {
    add(row) {
      hash.update(JSON.stringify(row)).update('\n');
    },
    version: () => hash.digest('hex').slice(0, 12),
  };
}
