import type { RawProps, StoredProps } from './storedProps.ts';

/*
 * How merge decisions and disputes are stored: one `:MergeDecision` or `:Dispute` node each
 * (never an `:Entity`), linked `-[:MERGES]->` / `-[:DISPUTES]->` to the entity it is about, with
 * flat properties:
 * - a merge: `id`, `entity`, `names` (as printed), `reason`, `citeSources`, `citeQuotes`;
 * - a dispute: `id`, `subject`, `question`, and per statement, in order, `stmtValues` (the value,
 *   or '' for a relationship) and `stmtRels` (the relationship's stable id, or ''); the value
 *   statements' citations as `citeSources`, `citeQuotes` and `citeStatements` (the index of the
 *   statement each backs).
 */

/** A citation of a decision, its source by id. */
export interface DecisionCitation {
  readonly source: string;
  readonly quote: string;
}

/** A merge decision as stored and read back. */
export interface StoredMerge {
  readonly id: string;
  readonly entity: string;
  readonly names: readonly string[];
  readonly reason: string;
  readonly citations: readonly DecisionCitation[];
}

/** One statement of a dispute: a value with its citations, or a relationship by its stable id. */
export type StoredStatement =
  { readonly value: string; readonly citations: readonly DecisionCitation[] } | { readonly relationshipId: string };

/** A dispute as stored and read back. */
export interface StoredDispute {
  readonly id: string;
  readonly subject: string;
  readonly question: string;
  readonly statements: readonly StoredStatement[];
}

/** The stored properties of a merge decision. */
export function encodeMerge(m: StoredMerge): StoredProps {
  return {
    id: m.id,
    entity: m.entity,
    names: [...m.names],
    reason: m.reason,
    citeSources: m.citations.map((c) => c.source),
    citeQuotes: m.citations.map((c) => c.quote),
  };
}

/** The stored properties of a dispute. */
export function encodeDispute(d: StoredDispute): StoredProps {
  const cites = d.statements.flatMap((s, i) => ('value' in s ? s.citations.map((c) => ({ ...c, i })) : []));
  return {
    id: d.id,
    subject: d.subject,
    question: d.question,
    stmtValues: d.statements.map((s) => ('value' in s ? s.value : '')),
    stmtRels: d.statements.map((s) => ('relationshipId' in s ? s.relationshipId : '')),
    citeSources: cites.map((c) => c.source),
    citeQuotes: cites.map((c) => c.quote),
    citeStatements: cites.map((c) => String(c.i)),
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function citationsOf(props: RawProps): DecisionCitation[] {
  const quotes = strings(props.citeQuotes);
  return strings(props.citeSources).map((source, i) => ({ source, quote: quotes[i] ?? '' }));
}

/** Reads a merge decision back from its properties. */
export function decodeMerge(props: RawProps): StoredMerge {
  return {
    id: String(props.id),
    entity: String(props.entity),
    names: strings(props.names),
    reason: String(props.reason ?? ''),
    citations: citationsOf(props),
  };
}

/** Reads a dispute back from its properties. */
export function decodeDispute(props: RawProps): StoredDispute {
  const values = strings(props.stmtValues);
  const rels = strings(props.stmtRels);
  const cites = citationsOf(props);
  const owners = strings(props.citeStatements).map(Number);
  return {
    id: String(props.id),
    subject: String(props.subject),
    question: String(props.question ?? ''),
    statements: values.map((value, i) =>
      rels[i] ? { relationshipId: rels[i] } : { value, citations: cites.filter((_, k) => owners[k] === i) },
    ),
  };
}

/** The ends, type and key of a relationship from its stable id (`from|TYPE|to` or `from|TYPE|to|key`). */
export function parseRelationshipId(id: string): { from: string; type: string; to: string; key?: string } {
  const [from = '', type = '', to = '', key] = id.split('|');
  return { from, type, to, ...(key ? { key } : {}) };
}
