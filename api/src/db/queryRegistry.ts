import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { cypherFragments } from './cypherFragments.ts';
import { compactCypher, hasMultilineString, withoutCommentLines } from './cypherText.ts';

/** The named Cypher queries in `cypher/queries/`, one `.cypher` file each. */
export const QUERY_NAMES = [
  'countNodes',
  'schemaIndexNames',
  'schemaConstraintNames',
  'entityById',
  'relations',
  'paths',
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
  'findDuplicateSource',
  'rememberDecisions',
  'mentionDecisions',
  'entitySnapshots',
  'relationshipsByRefs',
  'entityRelationships',
  'recordAuditEvents',
  'createChangeset',
  'changesetById',
  'lockChangeset',
  'markChangesetReverted',
  'listChangesets',
  'changesetEvents',
  'auditEventById',
  'brokenCitations',
  'sourceFields',
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

/**
 * Loads every named query once, compacted as it is sent (`compactCypher`), and checks the
 * fragments compiled reads are built from (`cypher/fragments/`); a missing file, a string literal
 * over several lines or a fragment out of step stops the start with its path.
 */
export function loadQueryRegistry(dir = path.join(REPO_ROOT, 'cypher', 'queries')): QueryRegistry {
  cypherFragments();
  const entries = QUERY_NAMES.map((name) => {
    const file = path.join(dir, `${name}.cypher`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`The Cypher query file ${file} is missing.`);
    }
    if (hasMultilineString(text))
      throw new Error(`The Cypher query file ${file} has a string that runs past the end of its line; write it on one line.`);
    return [name, compactCypher(text)] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<QueryName, string>);
}

/** Splits a schema file into statements at semicolons that end a line, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return withoutCommentLines(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
