import { compareFactDates, datePrecision, type DatePrecision, overlapsPeriod, yearOf } from '../../../common/factDates.ts';
import type { RawProps } from '../db/storedProps.ts';
import type { Attributes } from '../db/storedProps.ts';
import { scalarAttribute } from './attributes.ts';
import type { CitationModel, EntityModel, RelationshipModel } from './models.ts';
import { indexSources, toEntity, toRelationship } from './rowMapping.ts';

/** One dated fact of the timeline: a dated entity or a dated relationship. */
export interface TimelineEventModel {
  readonly id: string;
  readonly date: string;
  readonly endDate: string | null;
  readonly precision: DatePrecision;
  readonly year: number | null;
  readonly entity: EntityModel | null;
  readonly edge: RelationshipModel | null;
  readonly from: EntityModel | null;
  readonly to: EntityModel | null;
  readonly citations: CitationModel[];
  /** Ids of the disputes that make the fact disputed. */
  readonly disputeIds: readonly string[];
}

/** What the `timeline` query returns, undecoded. */
export interface TimelineRows {
  readonly nodes: readonly RawProps[];
  readonly rels: readonly RawProps[];
  readonly ends: readonly RawProps[];
  readonly sources: unknown;
}

/** The filters of a timeline that Cypher does not apply: the period and the count. */
export interface TimelineFilter {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly first: number;
}

/** The start and end of a dated fact: `startDate` (or `date`) and `endDate`, as printed; null when none is a date. */
export function factSpan(attributes: Attributes): { date: string; endDate: string | null } | null {
  const text = (key: string) => {
    const v = scalarAttribute(attributes, key);
    return typeof v === 'string' && datePrecision(v) !== null ? v : null;
  };
  const start = text('startDate') ?? text('date');
  const end = text('endDate');
  if (start === null) return end === null ? null : { date: end, endDate: null };
  return { date: start, endDate: end !== null && end !== start ? end : null };
}

const DATE_KEYS = new Set(['startDate', 'endDate', 'date']);

/**
 * Builds the timeline from the query's rows: one event per dated entity or relationship, oldest
 * first, no-year dates (`--mm-dd`) last in month-day order; a period keeps the facts whose span
 * can fall in it and drops the no-year ones, which cannot be placed.
 */
export function timelineEvents(rows: TimelineRows, filter: TimelineFilter): TimelineEventModel[] {
  const sources = indexSources(rows.sources);
  const ends = new Map(rows.ends.map((props) => [String(props.id), toEntity(props, sources)]));
  const events: TimelineEventModel[] = [];
  for (const props of rows.nodes) {
    const entity = toEntity(props, sources);
    const span = factSpan(entity.attributes);
    if (!span) continue;
    const dated = entity.citations.filter((c) => c.about.some((k) => DATE_KEYS.has(k)));
    const disputes = (props.disputes as { id: string; stmtValues: string[] }[] | null) ?? [];
    const disputeIds = disputes.filter((d) => d.stmtValues.some((v) => v === span.date || v === span.endDate)).map((d) => d.id);
    events.push({
      id: entity.id,
      ...span,
      precision: datePrecision(span.date) as DatePrecision,
      year: yearOf(span.date),
      entity,
      edge: null,
      from: null,
      to: null,
      citations: dated.length > 0 ? dated : entity.citations,
      disputeIds,
    });
  }
  for (const props of rows.rels) {
    const edge = toRelationship(props, sources);
    const span = factSpan(edge.attributes);
    if (!span) continue;
    events.push({
      id: edge.id,
      ...span,
      precision: datePrecision(span.date) as DatePrecision,
      year: yearOf(span.date),
      entity: null,
      edge,
      from: ends.get(edge.from) ?? null,
      to: ends.get(edge.to) ?? null,
      citations: edge.citations,
      disputeIds: (props.disputes as string[] | null) ?? [],
    });
  }
  const periodGiven = !!filter.from || !!filter.to;
  return events
    .filter((e) => !periodGiven || overlapsPeriod(e.date, e.endDate, filter.from, filter.to))
    .sort((a, b) => compareFactDates(a.date, b.date) || a.id.localeCompare(b.id))
    .slice(0, filter.first);
}
