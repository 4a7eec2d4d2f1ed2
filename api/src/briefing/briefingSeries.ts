import { compareFactDates } from '../../../common/factDates.ts';
import { displayName } from '../../../common/displayName.ts';
import type { Lang } from '../../../common/langs.ts';
import type { QueryRows } from '../db/queryRows.ts';
import type { StoredDispute } from '../db/storedDecisions.ts';
import { attributeText, scalarAttribute } from '../model/attributes.ts';
import type { CitationModel, EntityModel, RelationshipModel } from '../model/models.ts';
import { indexSources, toEntity, toRelationship } from '../model/rowMapping.ts';
import { factSpan } from '../model/timelineEvents.ts';
import { label } from './briefingLabels.ts';
import type { BriefingStatement } from './briefingModel.ts';
import type { CitationList } from './citationList.ts';

/** The raw result of the `briefingSeries` query. */
export type BriefingSeriesRow = QueryRows['briefingSeries'];

/** What a brief adds for the atlas: the meeting series, the disputes, and which relationships are disputed. */
export interface BriefingExtras {
  readonly series?: BriefingSeriesRow | undefined;
  /** Disputes about the subject. */
  readonly disputes: readonly StoredDispute[];
  /** Disputes by the stable id of a relationship that is one of their statements. */
  readonly disputedRelationships: ReadonlyMap<string, readonly StoredDispute[]>;
  /** The subject's relationships and the statements' relationships, by stable id, with their citations. */
  readonly relationships: ReadonlyMap<string, RelationshipModel>;
  /** Entities a statement names (relationship ends, id values), by id. */
  readonly entities: ReadonlyMap<string, EntityModel>;
  /** Sources of value statements' citations, by id. */
  readonly sources: ReadonlyMap<string, EntityModel>;
}

interface SeriesMeeting {
  readonly meeting: EntityModel;
  readonly of: RelationshipModel;
  readonly links: readonly { rel: RelationshipModel; node: EntityModel }[];
}

/**
 * Date text of a dated entity or relationship: `2017-01-16 – 2017-01-17`, or null; a date whose
 * year no source prints says so (`--03-22, year not printed`).
 */
export function spanText(attributes: EntityModel['attributes'], lang: Lang = 'en'): string | null {
  const span = factSpan(attributes);
  if (!span) return null;
  const text = span.endDate ? `${span.date} – ${span.endDate}` : span.date;
  return span.date.startsWith('--') ? `${text}, ${label('noYear', lang)}` : text;
}

function citationsAbout(e: EntityModel, keys: readonly string[]): CitationModel[] {
  const specific = e.citations.filter((c) => c.about.some((a) => keys.includes(a)));
  return specific.length > 0 ? specific : e.citations;
}

const sep = (lang: Lang) => (lang === 'zh' ? '；' : '; ');
const list = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

/**
 * The meeting series of a committee, by meeting number when every meeting has one, else oldest
 * first (meetings with no printed year last): for each meeting its dates, venues, chairs, working groups and what it
 * agreed, and what is new since the meeting before it (chairs, working groups and attendees that
 * the previous meeting of the series did not have).
 */
export function seriesStatements(row: BriefingSeriesRow, lang: Lang, cite: CitationList): BriefingStatement[] {
  const sources = indexSources(row.sources);
  const meetings: SeriesMeeting[] = row.meetings.map((m) => ({
    meeting: toEntity(m.node, sources),
    of: toRelationship(m.of, sources),
    links: m.links.filter(Boolean).map((l) => ({ rel: toRelationship(l.rel, sources), node: toEntity(l.node, sources) })),
  }));
  const dateOf = (m: SeriesMeeting) => factSpan(m.meeting.attributes)?.date ?? '--99-99';
  const ordinal = (m: SeriesMeeting) => Number(scalarAttribute(m.meeting.attributes, 'ordinal') ?? Infinity);
  // By number when every meeting has one (a meeting whose year is not printed still has its place),
  // else by date, meetings without a printed year last.
  const numbered = meetings.every((m) => Number.isFinite(ordinal(m)));
  meetings.sort(
    (a, b) =>
      (numbered ? ordinal(a) - ordinal(b) : compareFactDates(dateOf(a), dateOf(b)) || ordinal(a) - ordinal(b)) ||
      a.meeting.id.localeCompare(b.meeting.id),
  );
  const out: BriefingStatement[] = [];
  let previous: SeriesMeeting | null = null;
  for (const m of meetings) {
    const of = (type: string) => m.links.filter((l) => l.rel.type === type);
    const names = (links: readonly { node: EntityModel }[]) => links.map((l) => displayName(l.node, lang)).join(list(lang));
    const parts: string[] = [];
    const citations: CitationModel[] = [...m.of.citations];
    const dates = spanText(m.meeting.attributes, lang);
    parts.push(dates ?? label('noDate', lang));
    if (dates) citations.push(...citationsAbout(m.meeting, ['startDate', 'endDate', 'date']));
    const add = (
      key: 'venue' | 'coChairs' | 'workingGroupsShort' | 'attendees',
      links: readonly { rel: RelationshipModel; node: EntityModel }[],
    ) => {
      if (links.length === 0) return;
      parts.push(`${label(key, lang)}: ${names(links)}`);
      citations.push(...links.flatMap((l) => l.rel.citations));
    };
    add('venue', of('HELD_AT'));
    add('coChairs', of('CHAIRED'));
    add('workingGroupsShort', of('HAS_WORKING_GROUP'));
    const agreed = attributeText(m.meeting.attributes, 'agreed', lang) ?? attributeText(m.meeting.attributes, 'purpose', lang);
    if (agreed) {
      parts.push(`${label(attributeText(m.meeting.attributes, 'agreed', lang) ? 'agreed' : 'purpose', lang)}: ${agreed}`);
      citations.push(...citationsAbout(m.meeting, ['agreed', 'purpose']));
    }
    // What is new is said only after a meeting that comes before it for certain.
    if (previous && (numbered || !dateOf(m).startsWith('--'))) {
      const before = new Set(previous.links.map((l) => `${l.rel.type}|${l.node.id}`));
      const fresh = m.links.filter((l) => l.rel.type !== 'HELD_AT' && !before.has(`${l.rel.type}|${l.node.id}`));
      parts.push(
        `${label('newSince', lang)} ${displayName(previous.meeting, lang)}: ${fresh.length ? names(fresh) : label('nothingNew', lang)}`,
      );
    }
    out.push({ text: `${displayName(m.meeting, lang)} — ${parts.join(sep(lang))}`, citations: cite.add(citations) });
    previous = m;
  }
  return out;
}

/**
 * The disputes about the subject and those its relationships are statements of: each statement
 * with the question and its own citations, none chosen.
 */
export function disputeStatements(extras: BriefingExtras, lang: Lang, cite: CitationList): BriefingStatement[] {
  const all = new Map<string, StoredDispute>();
  for (const d of extras.disputes) all.set(d.id, d);
  for (const ds of extras.disputedRelationships.values()) for (const d of ds) all.set(d.id, d);
  const out: BriefingStatement[] = [];
  for (const d of [...all.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const head = `${label('disputed', lang)} — ${d.question}`;
    for (const s of d.statements) {
      if ('relationshipId' in s) {
        const rel = extras.relationships.get(s.relationshipId);
        if (!rel) continue;
        const from = extras.entities.get(rel.from);
        const to = extras.entities.get(rel.to);
        const what = attributeText(rel.attributes, 'title', lang) ?? rel.type;
        const date = spanText(rel.attributes, lang);
        out.push({
          text: `${head}: ${from ? displayName(from, lang) : rel.from}, ${what}, ${to ? displayName(to, lang) : rel.to}${date ? ` (${date})` : ''}`,
          citations: cite.add(rel.citations),
        });
      } else {
        const entity = extras.entities.get(s.value);
        const citations = s.citations.flatMap((c) => {
          const source = extras.sources.get(c.source);
          return source ? [{ source, quote: c.quote, about: [] }] : [];
        });
        out.push({ text: `${head}: ${entity ? displayName(entity, lang) : s.value}`, citations: cite.add(citations) });
      }
    }
  }
  return out;
}
