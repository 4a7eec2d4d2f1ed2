import { attributeLabel } from '../../../common/attributeLabels.ts';
import { compareFactDates } from '../../../common/factDates.ts';
import { displayName } from '../../../common/displayName.ts';
import { kindName } from '../../../common/kinds.ts';
import { LANG_NAMES, LANGS, type Lang } from '../../../common/langs.ts';
import { countrySideName } from '../../../common/sides.ts';
import type { QueryRows } from '../db/queryRows.ts';
import type { RawProps } from '../db/storedProps.ts';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../domain/relationshipTypes.ts';
import { attributeText, scalarAttribute } from '../model/attributes.ts';
import type { CitationModel, EntityModel, RelationshipModel } from '../model/models.ts';
import { indexSources, type SourceIndex, toEntity, toRelationship } from '../model/rowMapping.ts';
import { label } from './briefingLabels.ts';
import { type BriefingExtras, disputeStatements, seriesStatements, spanText } from './briefingSeries.ts';
import { CitationList } from './citationList.ts';
import type { Briefing, BriefingCounterpart, BriefingSection, BriefingStatement } from './briefingModel.ts';

type SectionKey =
  'identity' | 'series' | 'positions' | 'organisation' | 'meetings' | 'workingGroups' | 'fieldVisits' | 'proposals' | 'other' | 'disputes';

const SECTION_OF_TYPE: Record<string, SectionKey> = {
  HOLDS_POSITION: 'positions',
  PART_OF: 'organisation',
  ACTS_FOR: 'organisation',
  BASED_IN: 'organisation',
  OPERATES: 'organisation',
  CHAIRED: 'meetings',
  ATTENDED: 'meetings',
  OF_COMMITTEE: 'meetings',
  HELD_AT: 'meetings',
  PARTY_TO: 'meetings',
  MEMBER_OF: 'workingGroups',
  HAS_WORKING_GROUP: 'workingGroups',
  FOCUSES_ON: 'workingGroups',
  VISITED: 'fieldVisits',
  HOSTED_VISIT: 'fieldVisits',
  HAS_FIELD_VISIT: 'fieldVisits',
  PROPOSED_AS_COORDINATOR_WITH: 'proposals',
  ADVOCATED: 'proposals',
  PRESENTED: 'proposals',
  PARTICIPATES_IN: 'proposals',
};
const SECTION_ORDER: SectionKey[] = [
  'identity',
  'series',
  'positions',
  'organisation',
  'meetings',
  'workingGroups',
  'fieldVisits',
  'proposals',
  'other',
  'disputes',
];

/** The raw result of the `briefingContext` query. */
export type BriefingContextRow = QueryRows['briefingContext'];

const capitalize = (text: string, lang: Lang) => (lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text);
const join = (lang: Lang) => (lang === 'en' ? ', ' : lang === 'zh' ? '，' : ' ');

/** The details a relationship adds to its sentence: title, role, side, dates, number. */
function relationDetails(rel: RelationshipModel, other: EntityModel, lang: Lang): string {
  const parts: string[] = [];
  const title = attributeText(rel.attributes, 'title', lang);
  if (title) parts.push(title);
  const role = attributeText(rel.attributes, 'role', lang);
  if (role) parts.push(role);
  const side = countrySideName(scalarAttribute(rel.attributes, 'side') as string | undefined, lang);
  if (side) parts.push(`${label('side', lang)}: ${side}`);
  for (const key of ['number', 'area', 'ordinal'] as const) {
    const v = scalarAttribute(rel.attributes, key);
    if (typeof v === 'number') parts.push(`${attributeLabel(key, lang)} ${v}`);
  }
  const dated = spanText(rel.attributes, lang) ?? spanText(other.attributes, lang);
  if (dated) parts.push(dated);
  return parts.length ? ` (${parts.join(join(lang))})` : '';
}

function relationSentence(rel: RelationshipModel, self: EntityModel, other: EntityModel, lang: Lang): string {
  const outgoing = rel.from === self.id;
  const words = isRelationshipType(rel.type) ? RELATIONSHIP_TYPES[rel.type][outgoing ? 'label' : 'inverse'][lang] : rel.type;
  return capitalize(`${words} ${displayName(other, lang)}${relationDetails(rel, other, lang)}`, lang);
}

/** Citations of an entity that back some of `keys`, or else its general ones (with no `about`). */
function citationsAbout(entity: EntityModel, keys: readonly string[]): CitationModel[] {
  const specific = entity.citations.filter((c) => c.about.some((a) => keys.includes(a)));
  if (specific.length > 0) return specific;
  const general = entity.citations.filter((c) => c.about.length === 0);
  return general.length > 0 ? general : entity.citations;
}

function identityStatements(e: EntityModel, lang: Lang, cite: CitationList): BriefingStatement[] {
  const out: BriefingStatement[] = [];
  const names = e.names;
  const shown = LANGS.filter((l) => names[l]).map((l) => `${LANG_NAMES[l]}: ${names[l]}`);
  if (shown.length)
    out.push({
      text: `${label('names', lang)} — ${shown.join(' · ')}`,
      citations: cite.add(citationsAbout(e, ['names.th', 'names.en', 'names.zh'])),
    });
  const aliases = e.aliases;
  if (aliases.length)
    out.push({ text: `${label('aliases', lang)}: ${aliases.join(' · ')}`, citations: cite.add(citationsAbout(e, ['aliases'])) });
  const type = attributeText(e.attributes, 'type', lang);
  out.push({
    text: `${label('kind', lang)}: ${kindName(e.kind, lang)}${type ? ` (${type})` : ''}`,
    citations: cite.add(citationsAbout(e, ['type'])),
  });
  const side = countrySideName(e.country, lang);
  if (side) out.push({ text: `${label('side', lang)}: ${side}`, citations: cite.add(citationsAbout(e, ['country'])) });
  const keys = Object.keys(e.attributes)
    .filter((k) => k !== 'type')
    .sort();
  for (const key of keys) {
    const value = attributeText(e.attributes, key, lang);
    if (value !== null) out.push({ text: `${attributeLabel(key, lang)}: ${value}`, citations: cite.add(citationsAbout(e, [key])) });
  }
  return out;
}

const NO_EXTRAS: BriefingExtras = {
  disputes: [],
  disputedRelationships: new Map(),
  relationships: new Map(),
  entities: new Map(),
  sources: new Map(),
};

/** The date a relationship or the entity at its other end gives, for ordering positions and meetings over time. */
function linkDate(rel: RelationshipModel, other: EntityModel): string {
  for (const attrs of [rel.attributes, other.attributes]) {
    for (const key of ['startDate', 'date', 'endDate']) {
      const v = scalarAttribute(attrs, key);
      if (typeof v === 'string') return v;
    }
  }
  return '';
}

/** Builds the brief of an entity from the `briefingContext` row; pure. */
export function buildBriefing(row: BriefingContextRow, lang: Lang, generatedAt: string, extras: BriefingExtras = NO_EXTRAS): Briefing {
  const sources: SourceIndex = indexSources(row.sources);
  const e = toEntity(row.node, sources);
  const cite = new CitationList();
  const sections = new Map<SectionKey, BriefingStatement[]>(SECTION_ORDER.map((k) => [k, []]));
  const seenRels = new Set<string>();
  const add = (key: SectionKey, statement: BriefingStatement) => sections.get(key)?.push(statement);

  sections.set('identity', identityStatements(e, lang, cite));
  const linkOrder = (a: { rel: RawProps }, b: { rel: RawProps }) => String(a.rel.id).localeCompare(String(b.rel.id));
  // Each row is decoded once; the later passes look the links up here.
  const links = row.links.map((l) => ({ rel: toRelationship(l.rel, sources), node: toEntity(l.node, sources) }));
  if (extras.series) sections.set('series', seriesStatements(extras.series, lang, cite));
  // Oldest first where the sources date them (positions over time), undated after; then by id.
  const byDate = (a: (typeof links)[number], b: (typeof links)[number]) => {
    const [x, y] = [linkDate(a.rel, a.node), linkDate(b.rel, b.node)];
    return (x === y ? 0 : x === '' ? 1 : y === '' ? -1 : compareFactDates(x, y)) || a.rel.id.localeCompare(b.rel.id);
  };
  for (const { rel, node: other } of [...links].sort(byDate)) {
    seenRels.add(rel.id);
    const disputed = extras.disputedRelationships.has(rel.id) ? ` [${label('disputedMark', lang)}]` : '';
    add(SECTION_OF_TYPE[rel.type] ?? 'other', {
      text: `${relationSentence(rel, e, other, lang)}${disputed}`,
      citations: cite.add(rel.citations),
    });
  }
  for (const parent of [...row.parents].sort(linkOrder)) {
    const rel = toRelationship(parent.rel, sources);
    if (seenRels.has(rel.id)) continue;
    seenRels.add(rel.id);
    const start = toEntity(parent.start, sources);
    const end = toEntity(parent.node, sources);
    add('positions', {
      text: `${displayName(start, lang)}: ${relationSentence(rel, start, end, lang)}`,
      citations: cite.add(rel.citations),
    });
  }
  for (const topic of [...row.topics].sort(linkOrder)) {
    const rel = toRelationship(topic.rel, sources);
    if (seenRels.has(rel.id)) continue;
    seenRels.add(rel.id);
    const group = links.map((l) => l.node).find((n) => n.id === rel.from);
    const groupName = group ? displayName(group, lang) : rel.from;
    add('workingGroups', {
      text: `${groupName}: ${relationSentence(rel, group ?? e, toEntity(topic.node, sources), lang)}`,
      citations: cite.add(rel.citations),
    });
  }

  for (const gm of [...row.groupMeetings].sort(linkOrder)) {
    const rel = toRelationship(gm.rel, sources);
    const group = toEntity(gm.start, sources);
    const membership = links.map((l) => l.rel).find((r) => r.type === 'MEMBER_OF' && r.to === group.id);
    add('meetings', {
      text: `${displayName(group, lang)}: ${relationSentence(rel, group, toEntity(gm.node, sources), lang)}`,
      citations: cite.add([...(membership?.citations ?? []), ...rel.citations]),
    });
  }

  sections.set('disputes', disputeStatements(extras, lang, cite));

  const counterparts: BriefingCounterpart[] = row.counterparts.map((c) => {
    const entity = toEntity(c.node, sources);
    const name = displayName(entity, lang);
    const orgs = c.orgs.map((o) => {
      const rel = toRelationship(o.rel, sources);
      const title = attributeText(rel.attributes, 'title', lang);
      return { text: `${title ? `${title}, ` : ''}${displayName(toEntity(o.node, sources), lang)}`, rel };
    });
    const path = c.pathNodes.map((n) => displayName(toEntity(n, sources), lang));
    const pathRels = c.pathRels.map((r) => toRelationship(r, sources));
    const counts = `${label('sharedMeetings', lang)}: ${c.meetings}${join(lang)}${label('sharedGroups', lang)}: ${c.groups}`;
    const text = `${name}${orgs.length ? ` (${orgs.map((o) => o.text).join('; ')})` : ''} — ${counts}; ${label('via', lang)}: ${path.join(' → ')}`;
    return {
      entity,
      name,
      organizations: orgs.map((o) => o.text),
      sharedMeetings: c.meetings,
      sharedWorkingGroups: c.groups,
      path,
      statement: { text, citations: cite.add([...pathRels.flatMap((r) => r.citations), ...orgs.flatMap((o) => o.rel.citations)]) },
    };
  });

  const unknown: string[] = [];
  const actor = e.kind === 'PERSON' || e.kind === 'AGENCY';
  if (actor) {
    if (e.kind === 'PERSON' && sections.get('positions')?.length === 0) unknown.push(label('noPositions', lang));
    if (sections.get('meetings')?.length === 0) unknown.push(label('noMeetings', lang));
    if (!sections.get('workingGroups')?.some((s) => s.citations.length > 0)) unknown.push(label('noGroups', lang));
    if (!e.country) unknown.push(label('noSide', lang));
    else if (counterparts.length === 0) unknown.push(label('noCounterparts', lang));
  }

  const built: BriefingSection[] = SECTION_ORDER.map((key) => ({
    key,
    heading: label(key, lang),
    statements: sections.get(key) ?? [],
  })).filter((s) => s.statements.length > 0);
  const dataset = row.dataset?.version
    ? `${row.dataset.version}${row.dataset.importedAt ? ` (${row.dataset.importedAt.slice(0, 10)})` : ''}`
    : 'unversioned';
  return {
    entity: e,
    lang,
    title: displayName(e, lang),
    kindLabel: kindName(e.kind, lang),
    sideLabel: countrySideName(e.country, lang),
    sections: built,
    counterparts,
    unknown,
    citations: cite.items,
    generatedAt,
    datasetVersion: dataset,
  };
}
