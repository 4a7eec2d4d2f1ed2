import { createHash } from 'node:crypto';
import type { DecisionRow, NodeRow, RelationshipRow } from '../graphRows.ts';

/** A dataset version computed row by row, so a streamed import needs no list of its rows. */
export interface ContentHash {
  add(row: NodeRow | RelationshipRow | DecisionRow): void;
  /** A short hash of every row added, in order: the same rows give the same version. */
  version(): string;
}

/** Starts an empty content hash. */
export function createContentHash(): ContentHash {
  const hash = createHash('sha256');
  // Rows are handed to the hash a few hundred kilobytes at a time: one update per row cost more than the hashing.
  let pending: string[] = [];
  let size = 0;
  const drain = () => {
    hash.update(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    add(row) {
      const json = JSON.stringify(row);
      pending.push(json, '\n');
      size += json.length;
      if (size > 1 << 18) drain();
    },
    version() {
      drain();
      return hash.digest('hex').slice(0, 12);
    },
  };
}
