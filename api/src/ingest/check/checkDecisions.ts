import { datePrecision } from '../../../../common/factDates.ts';
import type { EntityKind } from '../../../../common/kinds.ts';
import { type LoadedDispute, type LoadedMerge, relationshipId } from '../dataset.ts';
import type { DatasetIssue } from '../datasetIssue.ts';
import { ENTITY_ID, quoteLongEnough } from '../datasetSchema.ts';

/** What the decisions are checked against: the kinds and source texts of every known id, and the known relationship ids. */
export interface DecisionContext {
  kindOf(id: string): EntityKind | undefined;
  textOf(id: string): string | undefined;
  /** Whether a relationship with this stable id is in the files or the database. */
  hasRelationship(id: string): boolean;
}

/** Looks like a date (digits and dashes) and so must be one of the fact-date forms. */
// A value that looks like a date (a four-digit year, or `--` and a month); a bare number such as "5" is a count.
const DATE_LIKE = /^(\d{4}|--\d)[\d-]*$/;

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The ids that decisions refer to: entities, subjects, cited sources and id-valued statements. */
export function decisionReferences(merges: readonly LoadedMerge[], disputes: readonly LoadedDispute[]): string[] {
  const refs = new Set<string>();
  for (const m of merges) {
    refs.add(m.entity);
    for (const c of m.citations) refs.add(c.source);
  }
  for (const d of disputes) {
    refs.add(d.subject);
    for (const s of d.statements) {
      if ('relationship' in s) {
        refs.add(s.relationship.from);
        refs.add(s.relationship.to);
      } else {
        for (const c of s.citations) refs.add(c.source);
        if (ENTITY_ID.test(s.value)) refs.add(s.value);
      }
    }
  }
  return [...refs];
}

/** The stable ids of the relationships that disputes name as statements. */
export function disputedRelationshipIds(disputes: readonly LoadedDispute[]): string[] {
  return [...new Set(disputes.flatMap((d) => d.statements.flatMap((s) => ('relationship' in s ? [relationshipId(s.relationship)] : []))))];
}

/**
 * Checks merge decisions and disputes: unique `merge:`/`dispute:` ids; the merged entity and the
 * dispute's subject exist; every citation's quote stands verbatim in its source; every merged
 * name is printed in at least one cited quote; a dispute has two or more statements, each a
 * known relationship or a value (a fact date, a known entity id, or short text) with citations.
 */
export function checkDecisions(merges: readonly LoadedMerge[], disputes: readonly LoadedDispute[], known: DecisionContext): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ file, id, field: 'id', message: `duplicate id (also defined in ${first})` });
    else seen.set(id, file);
  };
  const entity = (file: string, id: string, field: string, ref: string) => {
    const kind = known.kindOf(ref);
    if (kind === undefined)
      issues.push({ file, id, field, message: `unknown entity "${ref}"; define it in a facts file or import it first` });
    else if (kind === 'SOURCE') issues.push({ file, id, field, message: `"${ref}" is a source, not an entity` });
  };
  const citations = (file: string, id: string, field: string, cs: readonly { source: string; quote: string }[]) => {
    cs.forEach((c, i) => {
      const at = `${field}[${i}]`;
      const kind = known.kindOf(c.source);
      if (kind !== 'SOURCE') {
        const message = kind === undefined ? `unknown source "${c.source}"` : `"${c.source}" is a ${kind}, not a source`;
        issues.push({ file, id, field: `${at}.source`, message });
        return;
      }
      const text = known.textOf(c.source);
      if (!quoteLongEnough(c.quote)) {
        issues.push({ file, id, field: `${at}.quote`, message: `too short to point at one passage of ${c.source}` });
      } else if (text !== undefined && !text.includes(c.quote)) {
        issues.push({ file, id, field: `${at}.quote`, message: `not found verbatim in ${c.source}: "${shorten(c.quote)}"` });
      }
    });
  };

  for (const m of merges) {
    claim(m.id, m.file);
    entity(m.file, m.id, 'entity', m.entity);
    citations(m.file, m.id, 'citations', m.citations);
    m.names.forEach((name, i) => {
      if (!m.citations.some((c) => c.quote.includes(name))) {
        issues.push({
          file: m.file,
          id: m.id,
          field: `names[${i}]`,
          message: `"${name}" is in none of the cited quotes; cite a quote that prints it as written`,
        });
      }
    });
    const dup = m.names.find((n, i) => m.names.indexOf(n) !== i);
    if (dup !== undefined) issues.push({ file: m.file, id: m.id, field: 'names', message: `"${dup}" is listed twice` });
  }

  for (const d of disputes) {
    claim(d.id, d.file);
    entity(d.file, d.id, 'subject', d.subject);
    const shown = new Set<string>();
    d.statements.forEach((s, i) => {
      const field = `statements[${i}]`;
      if ('relationship' in s) {
        const rid = relationshipId(s.relationship);
        if (!known.hasRelationship(rid)) {
          issues.push({
            file: d.file,
            id: d.id,
            field: `${field}.relationship`,
            message: `no relationship ${s.relationship.from} -${s.relationship.type}-> ${s.relationship.to}${s.relationship.key ? ` with key "${s.relationship.key}"` : ''} in the files or the database`,
          });
        }
        if (shown.has(rid)) issues.push({ file: d.file, id: d.id, field, message: 'the same relationship is stated twice' });
        shown.add(rid);
        return;
      }
      if (ENTITY_ID.test(s.value)) entity(d.file, d.id, `${field}.value`, s.value);
      else if (DATE_LIKE.test(s.value) && datePrecision(s.value) === null) {
        issues.push({
          file: d.file,
          id: d.id,
          field: `${field}.value`,
          message: `"${s.value}" is not a date of the form yyyy-mm-dd, yyyy-mm, yyyy or --mm-dd (no year printed)`,
        });
      }
      if (shown.has(s.value))
        issues.push({ file: d.file, id: d.id, field, message: `the value "${s.value}" is stated twice; join its citations` });
      shown.add(s.value);
      citations(d.file, d.id, `${field}.citations`, s.citations);
    });
  }
  return issues;
}
