import type { Dataset, ResolvedCitation } from '../dataset.ts';
import { createDatasetChecker, type ExternalEntity } from '../datasetChecker.ts';
import type { DatasetIssue } from '../datasetIssue.ts';
import { ENTITY_ID } from '../datasetSchema.ts';

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
  return [...refs].filter((id) => !defined.has(id)).sort();
}

/**
 * Checks a dataset as a whole: unique ids, known endpoints of the right kinds, citations whose
 * quotes stand verbatim in their sources, and a citation for every dated or numeric attribute.
 */
export function validateDataset(dataset: Dataset, external: ReadonlyMap<string, ExternalEntity> = new Map()): DatasetIssue[] {
  const checker = createDatasetChecker({ external });
  for (const s of dataset.sources) checker.defineSource(s);
  for (const e of dataset.entities) checker.defineEntity(e);
  for (const e of dataset.entities) checker.checkEntity(e);
  for (const r of dataset.relationships) checker.checkRelationship(r);
  return checker.issues;
}
