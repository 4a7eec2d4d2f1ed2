import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The atlas's truth rules (data/atlas/README.md, data/README.md), checked on the curated YAML:
 * a date is printed by a quote that backs it, a person's or agency's name is printed where it is
 * cited, and merges and disputes stand on their own quotes. The import checks that quotes are
 * verbatim; these rules are about what the quotes say.
 */

type Citation = { source?: string; quote: string; about?: string[] };
type Entity = {
  id: string;
  kind: string;
  names?: Record<string, string>;
  aliases?: string[];
  attributes?: Record<string, unknown>;
  citations: Citation[];
};
type Relationship = {
  type: string;
  from: string;
  to: string;
  key?: string;
  attributes?: Record<string, unknown>;
  citations: Citation[];
};
type Merge = { id: string; entity: string; names: string[]; reason: string; citations: Citation[] };
type Statement = { value?: string; citations?: Citation[]; relationship?: Omit<Relationship, 'citations'> };
type Dispute = { id: string; subject: string; question: string; statements: Statement[] };
type Decisions = { merges: Merge[]; disputes: Dispute[] };
type Atlas = {
  texts: Map<string, string>;
  entities: Entity[];
  relationships: Relationship[];
  decisions: Decisions[];
  /** Ids of the seed's entities, which merges may name (the seed is not audited here). */
  seedIds: Set<string>;
};

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const atlasDir = path.join(dataDir, 'atlas');
const seedDir = path.join(dataDir, 'seed');
type SourceEntry = { id: string; textFile?: string; text?: string };
const sourceTexts = (dir: string, sources: SourceEntry[] | undefined) =>
  (sources ?? []).map((s): [string, string] => [s.id, s.text ?? readFileSync(path.join(dir, s.textFile ?? ''), 'utf8')]);

/** Reads the atlas: source texts by id, the facts files and the decision files. */
function readAtlas(): Atlas {
  const sources = parse(readFileSync(path.join(atlasDir, 'sources.yaml'), 'utf8')) as { sources: SourceEntry[] };
  const texts = new Map(sourceTexts(atlasDir, sources.sources));
  const seedIds = new Set<string>();
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(path.join(seedDir, file), 'utf8')) as { sources?: SourceEntry[]; entities?: Entity[] };
    for (const [id, text] of sourceTexts(seedDir, doc.sources)) texts.set(id, text);
    for (const e of doc.entities ?? []) seedIds.add(e.id);
  }
  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  for (const file of readdirSync(path.join(atlasDir, 'facts')).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(path.join(atlasDir, 'facts', file), 'utf8')) as Partial<Atlas>;
    entities.push(...(doc.entities ?? []));
    relationships.push(...(doc.relationships ?? []));
  }
  const decisions = readdirSync(atlasDir)
    .filter((f) => /^decisions.*\.yaml$/.test(f))
    .map((f) => parse(readFileSync(path.join(atlasDir, f), 'utf8')) as Decisions);
  return { texts, entities, relationships, decisions, seedIds };
}

// ── Rule 1: dates ──────────────────────────────────────────────────────────────────────────

/** Attributes that hold a bare year; any other attribute holding `YYYY-MM…` or `--MM…` is a date too. */
const YEAR_ATTRIBUTES = ['startDate', 'endDate', 'plannedYear'];
const DATE_SHAPE = /^(?:\d{4}-\d{2}(?:-\d{2})?|--\d{2}(?:-\d{2})?)$/;

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const CHINESE_DIGITS = '〇一二三四五六七八九';
const toThai = (n: string) => n.replace(/\d/g, (d) => THAI_DIGITS.charAt(Number(d)));
const toChineseDigits = (n: string) => n.replace(/\d/g, (d) => CHINESE_DIGITS.charAt(Number(d)));
/** Chinese numerals for 1–31 as printed in dates (十二月, 二十三日). */
function chineseNumber(n: number): string {
  const units = '一二三四五六七八九';
  if (n < 10) return units.charAt(n - 1);
  const tens = Math.floor(n / 10);
  const rest = n % 10 === 0 ? '' : units.charAt((n % 10) - 1);
  return (tens === 1 ? '' : units.charAt(tens - 1)) + '十' + rest;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A number standing alone: not inside a longer run of (Arabic or Thai) digits. */
const standalone = (digits: string) => new RegExp(`(?<![0-9๐-๙])0*${escapeRe(digits)}(?![0-9๐-๙])`);

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TH_MONTHS = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  // The Young BRI page misprints November as พฤศจิากยน.
  ['พฤศจิกายน', 'พ.ย.', 'พฤศจิากยน'],
  ['ธันวาคม', 'ธ.ค.'],
];
const TH_ABBREVIATIONS = TH_MONTHS.map(([, short]) => escapeRe(short ?? '')).join('|');

/** Whether a quote prints the year: CE digits, BE (CE + 543) in Arabic or Thai digits, a two-digit BE after a Thai month, or Chinese 年. */
function printsYear(quote: string, year: number): boolean {
  const ce = String(year);
  const be = String(year + 543);
  return (
    [ce, be, toThai(ce), toThai(be)].some((y) => standalone(y).test(quote)) ||
    [be.slice(2), toThai(be.slice(2))].some((y) => new RegExp(`(?:${TH_ABBREVIATIONS})\\s*${y}(?![0-9๐-๙])`).test(quote)) ||
    quote.includes(`${toChineseDigits(ce)}年`)
  );
}

/** Whether a quote prints the month, by name (English, Thai, full or short), as N月, or in a numeric date. */
function printsMonth(quote: string, month: number): boolean {
  const mm = String(month);
  const en = new RegExp(`\\b${EN_MONTHS[month - 1] ?? '-'}`, 'i');
  const numeric = new RegExp(
    `(?:\\d{4}[-/.]0?${mm}(?!\\d))|(?:(?<!\\d)\\d{1,2}[-/.]0?${mm}[-/.]\\d{4})|(?:(?<!\\d)0?${mm}月)|(?:${chineseNumber(month)}月)`,
  );
  return en.test(quote) || (TH_MONTHS[month - 1] ?? []).some((m) => quote.includes(m)) || numeric.test(quote);
}

/** Whether a quote prints the day: a standalone number (Arabic or Thai digits) or Chinese 日/号. */
function printsDay(quote: string, day: number): boolean {
  const dd = String(day);
  return standalone(dd).test(quote) || standalone(toThai(dd)).test(quote) || new RegExp(`${chineseNumber(day)}[日号]`).test(quote);
}

/** What a date value claims: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `--MM` or `--MM-DD`. */
function dateParts(value: string): { year?: number; month?: number; day?: number } | null {
  const m = /^(?:(\d{4})|-)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return { year: m[1] ? Number(m[1]) : undefined, month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

/** Whether one quote prints everything a date value claims. */
function printsDate(quote: string, value: string): boolean {
  const parts = dateParts(value);
  if (parts === null) return false;
  return (
    (parts.year === undefined || printsYear(quote, parts.year)) &&
    (parts.month === undefined || printsMonth(quote, parts.month)) &&
    (parts.day === undefined || printsDay(quote, parts.day))
  );
}

/** Dates (and planned years) not printed by any quote that backs them. */
function unprintedDates(atlas: Pick<Atlas, 'entities' | 'relationships'>): string[] {
  const problems: string[] = [];
  const check = (label: string, attributes: Record<string, unknown> | undefined, quotes: (name: string) => string[]) => {
    for (const [name, raw] of Object.entries(attributes ?? {})) {
      const value = String(raw);
      const isYear = YEAR_ATTRIBUTES.includes(name) && /^\d{4}$/.test(value);
      if (!isYear && !(typeof raw === 'string' && DATE_SHAPE.test(value))) continue;
      const ok = quotes(name).some((q) => printsDate(q, value));
      if (!ok) problems.push(`${label} ${name}=${value}`);
    }
  };
  for (const e of atlas.entities) {
    check(e.id, e.attributes, (name) => e.citations.filter((c) => c.about?.includes(name)).map((c) => c.quote));
  }
  for (const r of atlas.relationships) {
    check(`${r.from} -${r.type}-> ${r.to}`, r.attributes, () => r.citations.map((c) => c.quote));
  }
  return problems;
}

// ── Rule 2: names of people and agencies ───────────────────────────────────────────────────

/** Runs of spaces are page spacing (data/atlas/README.md): a name is printed whatever their width. */
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Names and aliases of people and agencies printed nowhere they are cited: their quotes, their merges' quotes, or their cited sources' texts. */
function unprintedNames(atlas: Atlas): string[] {
  const mergeQuotes = new Map<string, string[]>();
  for (const m of atlas.decisions.flatMap((d) => d.merges ?? [])) {
    mergeQuotes.set(m.entity, [...(mergeQuotes.get(m.entity) ?? []), ...m.citations.map((c) => c.quote)]);
  }
  const problems: string[] = [];
  for (const e of atlas.entities.filter((x) => x.kind === 'PERSON' || x.kind === 'AGENCY')) {
    const places = [
      ...e.citations.map((c) => c.quote),
      ...(mergeQuotes.get(e.id) ?? []),
      ...e.citations.map((c) => (c.source ? (atlas.texts.get(c.source) ?? '') : '')),
    ];
    const names = [
      ...Object.entries(e.names ?? {}).map(([lang, n]): [string, string] => [`names.${lang}`, n]),
      ...(e.aliases ?? []).map((a): [string, string] => ['alias', a]),
    ];
    for (const [field, name] of names) {
      if (!places.some((p) => collapse(p).includes(collapse(name)))) problems.push(`${e.id} ${field} "${name}"`);
    }
  }
  return problems;
}

/**
 * Position titles printed in no quote of their relationship. As in the seed, a title keeps its
 * printed form and may add a plain English rendering; a Thai or Chinese form must be printed.
 */
function unprintedTitles(relationships: Relationship[]): string[] {
  const problems: string[] = [];
  for (const r of relationships) {
    const title = r.attributes?.title;
    if (typeof title !== 'object' || title === null) continue;
    const quotes = r.citations.map((c) => collapse(c.quote));
    for (const [lang, text] of Object.entries(title as Record<string, string>)) {
      if (lang !== 'en' && !quotes.some((q) => q.includes(collapse(text)))) {
        problems.push(`${r.from} -${r.type}-> ${r.to} title.${lang} "${text}"`);
      }
    }
  }
  return problems;
}

// ── Rule 5: merges and disputes ────────────────────────────────────────────────────────────

const relationshipKey = (r: Omit<Relationship, 'citations'>) => `${r.type} ${r.from} ${r.to} ${r.key ?? ''}`;

/** Merges whose names or quotes do not hold, entities merged twice, and disputes without two cited statements. */
function brokenDecisions(atlas: Atlas): string[] {
  const problems: string[] = [];
  const entityIds = new Set([...atlas.entities.map((e) => e.id), ...atlas.seedIds]);
  const cited = new Set(atlas.relationships.filter((r) => r.citations.length > 0).map(relationshipKey));
  const verbatim = (owner: string, cs: Citation[] | undefined) => {
    if (!cs || cs.length === 0) problems.push(`${owner}: no citation`);
    for (const c of cs ?? []) {
      const text = c.source ? atlas.texts.get(c.source) : undefined;
      if (text === undefined) problems.push(`${owner}: unknown source ${String(c.source)}`);
      else if (!text.includes(c.quote)) problems.push(`${owner}: quote not in ${String(c.source)}: "${c.quote}"`);
    }
  };
  const mergedOnce = new Map<string, string>();
  const ids = new Set<string>();
  for (const m of atlas.decisions.flatMap((d) => d.merges ?? [])) {
    if (ids.has(m.id)) problems.push(`${m.id}: id used twice`);
    ids.add(m.id);
    if (!entityIds.has(m.entity)) problems.push(`${m.id}: unknown entity ${m.entity}`);
    const other = mergedOnce.get(m.entity);
    if (other !== undefined) problems.push(`${m.id}: ${m.entity} is already merged by ${other}; keep one merge per entity`);
    mergedOnce.set(m.entity, m.id);
    if (!m.reason?.trim()) problems.push(`${m.id}: no reason`);
    verbatim(m.id, m.citations);
    for (const name of m.names) {
      if (!m.citations.some((c) => c.quote.includes(name))) problems.push(`${m.id}: "${name}" is in no quote of the merge`);
    }
  }
  for (const d of atlas.decisions.flatMap((x) => x.disputes ?? [])) {
    if (ids.has(d.id)) problems.push(`${d.id}: id used twice`);
    ids.add(d.id);
    if (!entityIds.has(d.subject)) problems.push(`${d.id}: unknown subject ${d.subject}`);
    if (d.statements.length < 2) problems.push(`${d.id}: fewer than two statements`);
    d.statements.forEach((s, i) => {
      if (s.relationship) {
        if (!cited.has(relationshipKey(s.relationship)))
          problems.push(`${d.id} statements[${i}]: no cited relationship ${relationshipKey(s.relationship)}`);
      } else verbatim(`${d.id} statements[${i}]`, s.citations);
    });
  }
  return problems;
}

// ── The tests ──────────────────────────────────────────────────────────────────────────────

const atlas = readAtlas();

describe('the atlas keeps its truth rules', () => {
  it('reads every facts file and both decision files', () => {
    expect(atlas.entities.length).toBeGreaterThanOrEqual(500);
    expect(atlas.relationships.length).toBeGreaterThanOrEqual(800);
    expect(atlas.decisions.length).toBe(2);
  });

  it('rule 1: every date is printed, to its precision, by a quote that backs it', () => {
    expect(unprintedDates(atlas)).toEqual([]);
  });

  it('rule 2: every name and alias of a person or agency is printed where it is cited', () => {
    expect(unprintedNames(atlas)).toEqual([]);
  });

  it('rule 2: a Thai or Chinese position title is printed in its relationship’s quotes', () => {
    expect(unprintedTitles(atlas.relationships)).toEqual([]);
  });

  it('rule 5: merges stand on their quotes, one per entity, and disputes keep two cited statements', () => {
    expect(brokenDecisions(atlas)).toEqual([]);
  });
});

describe('the rules catch a broken copy', () => {
  it('rule 1 reads years, months and days in every printed form', () => {
    expect(printsDate('เมื่อวันที่ 11 ตุลาคม 2556 เวลา 18.00 น.', '2013-10-11')).toBe(true);
    expect(printsDate('๒๔ – ๒๕ พฤศจิกายน ๒๕๕๗', '2014-11-25')).toBe(true);
    expect(printsDate('(27 ก.พ.66)', '2023-02-27')).toBe(true);
    expect(printsDate('二〇一一年六月二十四日', '2011-06-24')).toBe(true);
    expect(printsDate('2017年4月5日', '2017-04-05')).toBe(true);
    expect(printsDate('On March 22, the 1st Joint Committee Meeting', '--03-22')).toBe(true);
    expect(printsDate('09-10-2561', '2018-10-09')).toBe(true);
    // A year the quote does not print, a wrong month, a wrong day.
    expect(printsDate('On March 22, the 1st Joint Committee Meeting', '2014-03-22')).toBe(false);
    expect(printsDate('เมื่อวันที่ 5 พ.ย. ดร.สุวิทย์', '2019-11-05')).toBe(false);
    expect(printsDate('8 ธันวาคม 2560', '2017-11-08')).toBe(false);
    expect(printsDate('8 ธันวาคม 2560', '2017-12-18')).toBe(false);
  });

  it('rule 1 flags a relationship whose year no quote prints', () => {
    const relationships = [
      {
        type: 'ATTENDED',
        from: 'person:a',
        to: 'meeting:b',
        attributes: { startDate: '2014-03-22' },
        citations: [{ quote: 'On March 22' }],
      },
    ];
    expect(unprintedDates({ entities: [], relationships })).toEqual(['person:a -ATTENDED-> meeting:b startDate=2014-03-22']);
  });

  it('rule 2 flags a name printed in no quote', () => {
    const person = { id: 'person:x', kind: 'PERSON', names: { en: 'Guessed Name' }, citations: [{ quote: 'นายสมชาย' }] };
    const broken = { ...atlas, entities: [person] };
    expect(unprintedNames(broken)).toEqual(['person:x names.en "Guessed Name"']);
  });

  it('rule 2 flags a title translated into a language the quote does not print', () => {
    const relationship = {
      type: 'HOLDS_POSITION',
      from: 'person:x',
      to: 'agency:y',
      attributes: { title: { en: 'Permanent Secretary', th: 'ปลัดกระทรวง' } },
      citations: [{ quote: 'Permanent Secretary of the Ministry' }],
    };
    expect(unprintedTitles([relationship])).toEqual(['person:x -HOLDS_POSITION-> agency:y title.th "ปลัดกระทรวง"']);
  });

  it('rule 5 flags a name without a quote, a second merge of one entity and a one-sided dispute', () => {
    const first = atlas.decisions[0]?.merges[0];
    if (first === undefined) throw new Error('the atlas has no merge to copy');
    const broken = {
      ...atlas,
      decisions: [
        {
          merges: [first, { ...first, id: 'merge:again', names: [...first.names, 'Guessed'] }],
          disputes: [{ id: 'dispute:x', subject: first.entity, question: '?', statements: [{ value: '1', citations: first.citations }] }],
        },
      ],
    };
    expect(brokenDecisions(broken)).toEqual([
      `merge:again: ${first.entity} is already merged by ${first.id}; keep one merge per entity`,
      'merge:again: "Guessed" is in no quote of the merge',
      'dispute:x: fewer than two statements',
    ]);
  });
});
