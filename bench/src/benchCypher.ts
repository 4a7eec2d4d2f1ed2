import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config.ts';

/** The bench's own Cypher statements, one file each in `bench/cypher/`; the product's query registry never holds them. */
export type BenchCypherName = 'benchSamples' | 'peerSamples' | 'wipeDatabase';

/** Reads one of the bench's Cypher statements by name. */
export function benchCypher(name: BenchCypherName): string {
  return readFileSync(path.join(REPO_ROOT, 'bench', 'cypher', `${name}.cypher`), 'utf8');
}
