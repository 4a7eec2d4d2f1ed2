import { type EntityKind, idPrefixOf } from '../domain/kinds.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/relationshipTypes.ts';
import { type Dataset, describeRelationship, relationshipId, type ResolvedCitation } from './dataset.ts';
import type { DatasetIssue } from './datasetIssue.ts';
import type { AttributeValue } from './datasetSchema.ts';

/** What is known about an id that the dataset references but does not define (it is in the database). */
export interface ExternalEntity {
  readonly kind: EntityKind;
  /** The full text, for sources, so quotes can be checked against it. */
  readonly text?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTITY_REF = /^[a-z][a-z-]*:[a-z0-9][a-z0-9-]*$/;

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
    for (const v of Object.values(r.attributes)) if (typeof v === 'string' && ENTITY_REF.test(v)) refs.add(v);
  }
  return [...refs].filter((id) => !defined.has(id)).sort();
}

/**
 * Checks a dataset as a whole: unique ids, known endpoints of the right kinds, citations whose
 * quotes stand verbatim in their sources, and a citation for every dated or numeric attribute.
 */
export function validateDataset(dataset: Dataset, external: ReadonlyMap<string, ExternalEntity> = new Map()): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const kinds = new Map<string, EntityKind>();
  const texts = new Map<string, string>();
  for (const [id, e] of external) {
    kinds.set(id, e.kind);
    if (e.text !== undefined) texts.set(id, e.text);
  }
  const seen = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ file, id, field: 'id', message: `duplicate id (also defined in ${first})` });
    else seen.set(id, file);
  };
  for (const s of dataset.sources) {
    claim(s.id, s.file);
    kinds.set(s.id, 'SOURCE');
    texts.set(s.id, s.text);
  }
  for (const e of dataset.entities) {
    claim(e.id, e.file);
    kinds.set(e.id, e.kind as EntityKind);
    const prefix = idPrefixOf(e.kind as EntityKind);
    if (!e.id.startsWith(`${prefix}:`)) {
      issues.push({ file: e.file, id: e.id, field: 'id', message: `a ${e.kind} id starts with "${prefix}:"` });
    }
    if (!e.names.th && !e.names.en && !e.names.zh && e.aliases.length === 0) {
      issues.push({ file: e.file, id: e.id, field: 'names', message: 'give at least one name or alias' });
    }
  }

  const checkCitations = (file: string, id: string, citations: readonly ResolvedCitation[], aboutKeys: Set<string> | null) => {
    citations.forEach((c, i) => {
      const field = `citations[${i}]`;
      const kind = kinds.get(c.source);
      if (kind === undefined) {
        issues.push({ file, id, field: `${field}.source`, message: `unknown source "${c.source}"` });
        return;
      }
      if (kind !== 'SOURCE') {
        issues.push({ file, id, field: `${field}.source`, message: `"${c.source}" is a ${kind}, not a source` });
        return;
      }
      const text = texts.get(c.source);
      if (text !== undefined && !text.includes(c.quote)) {
        issues.push({ file, id, field: `${field}.quote`, message: `not found verbatim in ${c.source}: "${shorten(c.quote)}"` });
      }
      for (const key of c.about ?? []) {
        if (aboutKeys === null) {
          issues.push({
            file,
            id,
            field: `${field}.about`,
            message: 'a relationship citation covers the whole relationship; leave out "about"',
          });
        } else if (!aboutKeys.has(key)) {
          issues.push({ file, id, field: `${field}.about`, message: `"${key}" is not set on this entity` });
        }
      }
    });
  };

  for (const e of dataset.entities) {
    const keys = new Set<string>(Object.keys(e.attributes));
    for (const lang of ['th', 'en', 'zh'] as const) if (e.names[lang]) keys.add(`names.${lang}`);
    if (e.aliases.length > 0) keys.add('aliases');
    if (e.country) keys.add('country');
    checkCitations(e.file, e.id, e.citations, keys);
    const covered = new Set(e.citations.flatMap((c) => c.about ?? []));
    for (const [key, value] of Object.entries(e.attributes)) {
      if (needsOwnCitation(value) && !covered.has(key)) {
        issues.push({
          file: e.file,
          id: e.id,
          field: `attributes.${key}`,
          message: 'a dated or numeric fact needs a citation with `about: [' + key + ']`',
        });
      }
    }
  }

  const relIds = new Map<string, string>();
  for (const r of dataset.relationships) {
    const id = describeRelationship(r);
    const rid = relationshipId(r);
    const first = relIds.get(rid);
    if (first !== undefined) {
      issues.push({ file: r.file, id, field: 'key', message: `duplicate relationship (also in ${first}); give each a distinct "key"` });
    } else relIds.set(rid, r.file);
    const spec = RELATIONSHIP_TYPES[r.type as RelationshipType];
    for (const end of ['from', 'to'] as const) {
      const kind = kinds.get(r[end]);
      const allowed: readonly EntityKind[] = spec[end];
      if (kind === undefined) issues.push({ file: r.file, id, field: end, message: `unknown entity "${r[end]}"` });
      else if (!allowed.includes(kind)) {
        issues.push({
          file: r.file,
          id,
          field: end,
          message: `${r.type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, not ${kind}`,
        });
      }
    }
    for (const [key, value] of Object.entries(r.attributes)) {
      if (typeof value === 'string' && ENTITY_REF.test(value) && !kinds.has(value)) {
        issues.push({ file: r.file, id, field: `attributes.${key}`, message: `unknown entity "${value}"` });
      }
    }
    checkCitations(r.file, id, r.citations, null);
  }
  return issues;
}

/** Numbers and ISO dates are facts that must each be backed by their own citation. */
function needsOwnCitation(value: AttributeValue): boolean {
  return typeof value === 'number' || (typeof value === 'string' && ISO_DATE.test(value));
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
