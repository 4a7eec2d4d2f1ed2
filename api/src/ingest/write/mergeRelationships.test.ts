import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../../domain/relationshipTypes.ts';

const statement = readFileSync(path.join(REPO_ROOT, 'cypher', 'queries', 'mergeRelationships.cypher'), 'utf8');

describe('mergeRelationships.cypher', () => {
  it('has one branch per relationship type of the catalogue, each merging that type', () => {
    const branches = [
      ...statement.matchAll(
        /WHERE row\.type = '([A-Z_]+)'\s+MERGE \(a\)-\[r:([A-Z_]+) \{id: row\.id\}\]->\(b\)\s+SET r = row\.props\s+RETURN r/g,
      ),
    ];
    expect(branches.map((m) => m[1])).toEqual(RELATIONSHIP_TYPE_NAMES);
    expect(branches.every((m) => m[1] === m[2])).toBe(true);
  });
});
