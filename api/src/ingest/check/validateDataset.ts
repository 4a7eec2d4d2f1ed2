import { type Dataset, relationshipId, type ResolvedCitation } from '../dataset.ts';
import { createDatasetChecker, type ExternalEntity } from '../datasetChecker.ts';
import type { DatasetIssue } from '../datasetIssue.ts';
import { ENTITY_ID } from '../datasetSchema.ts';
import { checkDecisions, decisionReferences, disputedRelationshipIds } from './checkDecisions.ts';

/** Every id the dataset refers to (endpoints, citation sources, id-valued attributes) but does not define. */
export function undefinedReferences(dataset: Dataset): string[] {
  const defined = new Set([...dataset.sources.map((s) => s.id), ...dataset.entities.map((e) => e.id)]);
  const refs = new Set<string>();
  const addCitations = (cs: readonly ResolvedCitation[]) => cs.forEach((c) => c.source && refs.add(c.source));
  dataset.entities.forEach((e) => addCitations(e.citations));
  for (const r of dataset.relationships) {
    refs.add(r.from);
    refs.add(r.to);
    addCitations(r.citations);
    for (const v of Object.values(r.attributes)) if (typeof v === 'string' && ENTITY_ID.test(v)) refs.add(v);
  }
  for (const id of decisionReferences(dataset.merges ?? [], dataset.disputes ?? [])) refs.add(id);
  return [...refs].filter((id) => !defined.has(id)).sort();
}

/** The relationships that disputes name as statements but the dataset does not hold: to look up in the database. */
export function undefinedRelationships(dataset: Dataset): string[] {
  const defined = new Set(dataset.relationships.map(relationshipId));
  return disputedRelationshipIds(dataset.disputes ?? []).filter((id) => !defined.has(id));
}

/**
 * Checks a dataset as a whole: unique ids, known endpoints of the right kinds, citations whose
 * quotes stand verbatim in their sources, a citation for every dated or numeric attribute, dates
 * in the printed-precision forms, and the merge decisions and disputes (`checkDecisions`).
 * `externalRelationships` are the relationship ids found in the database.
 */
export function validateDataset(
  dataset: Dataset,
  external: ReadonlyMap<string, ExternalEntity> = new Map(),
  externalRelationships: ReadonlySet<string> = new Set(),
): DatasetIssue[] {
  const checker = createDatasetChecker({ external });
  for (const s of dataset.sources) checker.defineSource(s);
  for (const e of dataset.entities) checker.defineEntity(e);
  for (const e of dataset.entities) checker.checkEntity(e);
  for (const r of dataset.relationships) checker.checkRelationship(r);
  const relIds = new Set(dataset.relationships.map(relationshipId));
  const decisions = checkDecisions(dataset.merges ?? [], dataset.disputes ?? [], {
    kindOf: checker.kindOf,
    textOf: checker.textOf,
    hasRelationship: (id) => relIds.has(id) || externalRelationships.has(id),
  });
  return [...checker.issues, ...decisions];
}
