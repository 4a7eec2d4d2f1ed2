import { DATE_ATTRIBUTES } from '../../../common/factDates.ts';
import type { Dataset } from './dataset.ts';

/** Counts by a key, sorted by key. */
export type Tally = ReadonlyArray<readonly [string, number]>;

/** What a dataset covers: sources by thread, language and year; entities by kind; relationships with and without dates; decisions. */
export interface CoverageReport {
  readonly sources: {
    readonly total: number;
    readonly byThread: Tally;
    readonly byLanguage: Tally;
    readonly byYear: Tally;
    readonly cited: number;
  };
  readonly entities: { readonly total: number; readonly byKind: Tally; readonly dated: number };
  readonly relationships: {
    readonly total: number;
    readonly dated: number;
    readonly undated: number;
    readonly byType: ReadonlyArray<readonly [string, number, number]>;
  };
  readonly citations: number;
  readonly merges: ReadonlyArray<{ readonly id: string; readonly entity: string; readonly names: readonly string[] }>;
  readonly disputes: ReadonlyArray<{
    readonly id: string;
    readonly subject: string;
    readonly question: string;
    readonly statements: number;
  }>;
}

/** The label of a source without a printed year. */
export const NO_YEAR = 'no year printed';

const THAI_DIGITS = /[๐-๙]/g;

/**
 * The year a source's printed date gives, in the common era: a four-digit year from 1900 to 2099
 * as printed, or a Buddhist Era year (2400–2699, Thai digits too) less 543. Null when the date
 * prints no year (`5 พ.ย.`, `April 3`) or there is no date.
 */
export function printedYear(date: string | undefined): number | null {
  if (!date) return null;
  const western = date.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
  for (const m of western.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
    const y = Number(m[1]);
    if (y >= 1900 && y <= 2099) return y;
    if (y >= 2400 && y <= 2699) return y - 543;
  }
  // A short Buddhist Era year after a Thai month abbreviation, as in "18 ก.ย. 67" or "(27 ก.พ.66)".
  const short = /[ก-๙]\.\s?(\d{2})(?!\d)/.exec(western);
  return short ? 2500 + Number(short[1]) - 543 : null;
}

/** A source's year: from its ISO date when it has one, otherwise from the date as printed. */
export function sourceYear(s: { readonly date?: string; readonly datePrinted?: string }): number | null {
  return s.date ? Number(s.date.slice(0, 4)) : printedYear(s.datePrinted);
}

/** The inventory thread a source belongs to: `A4`, `new:A` → `A`; sources outside the atlas corpus (the seed's) → `(no thread)`. */
export function threadGroup(thread: string | undefined): string {
  const letter = thread ? /^(?:new:)?([A-Z])/.exec(thread)?.[1] : undefined;
  return letter ?? '(no thread)';
}

function tally(values: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
}

const hasDate = (attributes: Readonly<Record<string, unknown>>) => DATE_ATTRIBUTES.some((k) => typeof attributes[k] === 'string');

/** Measures what a dataset covers. */
export function coverageReport(dataset: Dataset): CoverageReport {
  const citations = [
    ...dataset.entities.flatMap((e) => e.citations),
    ...dataset.relationships.flatMap((r) => r.citations),
    ...(dataset.merges ?? []).flatMap((m) => m.citations),
    ...(dataset.disputes ?? []).flatMap((d) => d.statements.flatMap((s) => ('citations' in s ? s.citations : []))),
  ];
  const cited = new Set(citations.map((c) => c.source));
  const byType = new Map<string, [number, number]>();
  for (const r of dataset.relationships) {
    const counts = byType.get(r.type) ?? [0, 0];
    counts[hasDate(r.attributes) ? 0 : 1] += 1;
    byType.set(r.type, counts);
  }
  const dated = dataset.relationships.filter((r) => hasDate(r.attributes)).length;
  return {
    sources: {
      total: dataset.sources.length,
      byThread: tally(dataset.sources.map((s) => threadGroup(s.thread))),
      byLanguage: tally(dataset.sources.map((s) => s.language)),
      byYear: tally(dataset.sources.map((s) => String(sourceYear(s) ?? NO_YEAR))),
      cited: dataset.sources.filter((s) => cited.has(s.id)).length,
    },
    entities: {
      total: dataset.entities.length,
      byKind: tally(dataset.entities.map((e) => e.kind)),
      dated: dataset.entities.filter((e) => hasDate(e.attributes)).length,
    },
    relationships: {
      total: dataset.relationships.length,
      dated,
      undated: dataset.relationships.length - dated,
      byType: [...byType].map(([type, [d, u]]) => [type, d, u] as const).sort(([a], [b]) => a.localeCompare(b)),
    },
    citations: citations.length,
    merges: (dataset.merges ?? []).map((m) => ({ id: m.id, entity: m.entity, names: m.names })),
    disputes: (dataset.disputes ?? []).map((d) => ({
      id: d.id,
      subject: d.subject,
      question: d.question,
      statements: d.statements.length,
    })),
  };
}

const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The report as Markdown. */
export function formatCoverage(r: CoverageReport): string {
  return [
    '# Coverage',
    '',
    `${r.sources.total} sources (${r.sources.cited} cited), ${r.entities.total} entities, ${r.relationships.total} relationships, ${r.citations} citations, ${r.merges.length} merge decisions, ${r.disputes.length} disputes.`,
    '',
    '## Sources by language',
    table(['language', 'sources'], r.sources.byLanguage),
    '',
    '## Sources by year (as printed; Buddhist Era years less 543)',
    table(['year', 'sources'], r.sources.byYear),
    '',
    '## Sources by thread (inventory letter; `new:X` counted under X)',
    table(['thread', 'sources'], r.sources.byThread),
    '',
    '## Entities by kind',
    table(['kind', 'entities'], r.entities.byKind),
    '',
    `Entities with a date: ${r.entities.dated}.`,
    '',
    '## Relationships with and without dates',
    table(['type', 'dated', 'undated'], [...r.relationships.byType, ['all', r.relationships.dated, r.relationships.undated]]),
    '',
    '## Merge decisions',
    r.merges.length
      ? table(
          ['id', 'entity', 'names'],
          r.merges.map((m) => [m.id, m.entity, m.names.join(' · ')]),
        )
      : 'None.',
    '',
    '## Disputes',
    r.disputes.length
      ? table(
          ['id', 'subject', 'question', 'statements'],
          r.disputes.map((d) => [d.id, d.subject, d.question, d.statements]),
        )
      : 'None.',
    '',
  ].join('\n');
}
