import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';

/** The named Cypher queries in `cypher/queries/`, one `.cypher` file each. */
export const QUERY_NAMES = [
  'countNodes',
  'entityById',
  'relations',
  'search',
  'neighborhood1',
  'neighborhood2',
  'neighborhood3',
  'paths',
  'listEntities',
  'sourceTexts',
  'existingEntities',
  'mergeNodes',
  'mergeRelationships',
  'exportNodes',
  'exportRelationships',
  'briefingContext',
  'stampDataset',
  'createEntity',
  'replaceEntity',
  'linkEntities',
  'deleteEntity',
  'unlinkEntities',
  'citationsOfSource',
  'lockSources',
  'recordAudit',
  'auditLog',
  'entitiesByIds',
  'gazetteerEntries',
  'datasetStamp',
  'existingRelationships',
  'mergeMergeDecisions',
  'mergeDisputes',
  'exportDecisions',
  'decisionsOf',
  'disputedRelationships',
  'timeline',
  'relationshipsByIds',
  'briefingSeries',
] as const;

/** The name of one query of the registry. */
export type QueryName = (typeof QUERY_NAMES)[number];

/** The text of every named query, keyed by name. */
export type QueryRegistry = Readonly<Record<QueryName, string>>;

/** Loads every named query once; a missing file stops the start with its path. */
export function loadQueryRegistry(dir = path.join(REPO_ROOT, 'cypher', 'queries')): QueryRegistry {
  const entries = QUERY_NAMES.map((name) => {
    const file = path.join(dir, `${name}.cypher`);
    try {
      return [name, readFileSync(file, 'utf8')] as const;
    } catch {
      throw new Error(`The Cypher query file ${file} is missing.`);
    }
  });
  return Object.freeze(Object.fromEntries(entries) as Record<QueryName, string>);
}

/** Splits a schema file into statements at semicolons that end a line, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
