import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { fill, loadFragments } from './cypherFragments.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of cypher/fragments with one file replaced. */
function fragmentsWith(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fragments-'));
  dirs.push(dir);
  cpSync(path.join(REPO_ROOT, 'cypher', 'fragments'), dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.cypher`), text);
  return dir;
}

describe('the Cypher fragments', () => {
  it('load with exactly the slots the compiler fills, comment lines dropped', () => {
    const fragments = loadFragments();
    expect(fragments.readEntity).toBe('MATCH (n0:Entity {id: $id})\nRETURN {{entity}} AS entity');
    expect(fill(fragments, 'citedSources', { cited: 'n1' })).toBe(
      'COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(n1.citeSources, []) RETURN s {.*, text: null} }',
    );
  });

  it('stop the start when a fragment has a slot the compiler does not fill, naming the file', () => {
    const dir = fragmentsWith('readEntity', 'MATCH (n0:Entity {id: {{id}}})\nRETURN {{entity}} AS entity\n');
    expect(() => loadFragments(dir)).toThrow(`The Cypher fragment ${path.join(dir, 'readEntity.cypher')} has the slots {entity, id}`);
  });

  it('stop the start when a fragment is missing, naming the file', () => {
    const dir = fragmentsWith('entity', '');
    rmSync(path.join(dir, 'entity.cypher'));
    expect(() => loadFragments(dir)).toThrow(`The Cypher fragment file ${path.join(dir, 'entity.cypher')} is missing.`);
  });
});
