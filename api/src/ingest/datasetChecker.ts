import { DATE_ATTRIBUTES, isFactDate } from '../../../common/factDates.ts';
import { type EntityKind, idPrefixOf } from '../../../common/kinds.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/relationshipTypes.ts';
import {
  type LoadedEntity,
  type LoadedRelationship,
  type LoadedSource,
  recordLabel,
  relationshipId,
  type ResolvedCitation,
} from './dataset.ts';
import type { DatasetIssue } from './datasetIssue.ts';
import { type AttributeValue, ENTITY_ID, MIN_DENSE_QUOTE_LENGTH, MIN_QUOTE_LENGTH, quoteLongEnough } from './datasetSchema.ts';
import { fingerprint, FingerprintSet } from './check/fingerprintSet.ts';

/** What is known about an id that the dataset references but does not define (it is in the database). */
export interface ExternalEntity {
  readonly kind: EntityKind;
  /** The full text, for sources, so quotes can be checked against it. */
  readonly text?: string;
}

/** How a checker works: all at once on a dataset in memory, or record by record on a stream. */
export interface CheckerOptions {
  readonly external?: ReadonlyMap<string, ExternalEntity>;
  /** Streamed input: a record that refers to an id not seen yet is checked at `finish`, not reported at once. */
  readonly deferUnknown?: boolean;
  /** Streamed input: remember relationship ids as fingerprints; a repeat is a suspect until `confirmDuplicates`. */
  readonly fingerprints?: boolean;
}

/** Checks records one by one, keeping only what the cross-checks need (kinds of ids, source texts, relationship ids). */
export interface DatasetChecker {
  /** Problems found so far, in the order of the records. */
  readonly issues: DatasetIssue[];
  defineSource(source: LoadedSource): void;
  defineEntity(entity: LoadedEntity): void;
  checkEntity(entity: LoadedEntity): void;
  checkRelationship(relationship: LoadedRelationship): void;
  /** Ids that waiting records refer to and nothing defined: to look up in the database. */
  unresolved(): string[];
  /** Checks the waiting records, knowing these entities from elsewhere; what is still unknown is reported. */
  finish(external?: ReadonlyMap<string, ExternalEntity>): void;
  /** Fingerprints of relationship ids seen more than once (streamed input only). */
  readonly suspects: ReadonlySet<number>;
  /** The kind of a defined or external id. */
  kindOf(id: string): EntityKind | undefined;
  /** The text of a defined or external source. */
  textOf(id: string): string | undefined;
}

/** Numbers and dates (`2017-12-08`, `2014-03`, `2016`, `--12-08`) are facts that must each be backed by their own citation. */
function needsOwnCitation(value: AttributeValue): boolean {
  return typeof value === 'number' || (typeof value === 'string' && isFactDate(value));
}

/** The problem with a date attribute's value, if it is not one of the fact-date forms. */
function dateProblem(key: string, value: AttributeValue): string | null {
  if (!(DATE_ATTRIBUTES as readonly string[]).includes(key)) return null;
  if (typeof value === 'string' && isFactDate(value)) return null;
  return `"${typeof value === 'object' ? JSON.stringify(value) : String(value)}" is not a date as printed: write yyyy-mm-dd, yyyy-mm or yyyy, or --mm-dd when no year is printed (never a guessed year)`;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Creates a checker; see `validateDataset` for the rules. */
export function createDatasetChecker(options: CheckerOptions = {}): DatasetChecker {
  const issues: DatasetIssue[] = [];
  const kinds = new Map<string, EntityKind>();
  const texts = new Map<string, string>();
  const definedIn = new Map<string, string>();
  const relIds = new Map<string, string>();
  const relPrints = new FingerprintSet();
  const suspects = new Set<number>();
  const waiting: (LoadedEntity | LoadedRelationship)[] = [];
  let defer = options.deferUnknown ?? false;
  const learn = (external: ReadonlyMap<string, ExternalEntity>) => {
    for (const [id, e] of external) {
      if (!kinds.has(id)) kinds.set(id, e.kind);
      if (e.text !== undefined && !texts.has(id)) texts.set(id, e.text);
    }
  };
  learn(options.external ?? new Map());
  const at = (r: { file: string; line?: number }) => ({ file: r.file, ...(r.line === undefined ? {} : { line: r.line }) });
  const where = (r: { file: string; line?: number }) => (r.line === undefined ? r.file : `${r.file}:${r.line}`);
  const claim = (id: string, r: { file: string; line?: number }) => {
    const first = definedIn.get(id);
    if (first !== undefined) issues.push({ ...at(r), id, field: 'id', message: `duplicate id (also defined in ${first})` });
    else definedIn.set(id, where(r));
  };
  const citationsKnown = (cs: readonly ResolvedCitation[]) => cs.every((c) => kinds.has(c.source));

  const checkCitations = (
    r: { file: string; line?: number },
    id: string,
    citations: readonly ResolvedCitation[],
    aboutKeys: Set<string> | null,
  ) => {
    citations.forEach((c, i) => {
      const field = `citations[${i}]`;
      const kind = kinds.get(c.source);
      if (kind === undefined) {
        issues.push({ ...at(r), id, field: `${field}.source`, message: `unknown source "${c.source}"` });
        return;
      }
      if (kind !== 'SOURCE') {
        issues.push({ ...at(r), id, field: `${field}.source`, message: `"${c.source}" is a ${kind}, not a source` });
        return;
      }
      const text = texts.get(c.source);
      if (!quoteLongEnough(c.quote)) {
        const min = `${MIN_QUOTE_LENGTH} characters (${MIN_DENSE_QUOTE_LENGTH} in Thai or CJK script)`;
        issues.push({
          ...at(r),
          id,
          field: `${field}.quote`,
          message: `too short to point at one passage of ${c.source}: give at least ${min}`,
        });
      } else if (text !== undefined && !text.includes(c.quote)) {
        issues.push({ ...at(r), id, field: `${field}.quote`, message: `not found verbatim in ${c.source}: "${shorten(c.quote)}"` });
      }
      for (const key of c.about ?? []) {
        if (aboutKeys === null) {
          issues.push({
            ...at(r),
            id,
            field: `${field}.about`,
            message: 'a relationship citation covers the whole relationship; leave out "about"',
          });
        } else if (!aboutKeys.has(key)) {
          issues.push({ ...at(r), id, field: `${field}.about`, message: `"${key}" is not set on this entity` });
        }
      }
    });
  };

  const entityRefs = (e: LoadedEntity) => {
    const keys = new Set<string>(Object.keys(e.attributes));
    for (const lang of ['th', 'en', 'zh'] as const) if (e.names[lang]) keys.add(`names.${lang}`);
    if (e.aliases.length > 0) keys.add('aliases');
    if (e.country) keys.add('country');
    checkCitations(e, e.id, e.citations, keys);
    const covered = new Set(e.citations.flatMap((c) => c.about ?? []));
    for (const [key, value] of Object.entries(e.attributes)) {
      const problem = dateProblem(key, value);
      if (problem) issues.push({ ...at(e), id: e.id, field: `attributes.${key}`, message: problem });
      if (needsOwnCitation(value) && !covered.has(key)) {
        issues.push({
          ...at(e),
          id: e.id,
          field: `attributes.${key}`,
          message: 'a dated or numeric fact needs a citation with `about: [' + key + ']`',
        });
      }
    }
  };

  const relationshipRefs = (r: LoadedRelationship) => {
    const id = recordLabel(r);
    const spec = RELATIONSHIP_TYPES[r.type as RelationshipType];
    for (const end of ['from', 'to'] as const) {
      const kind = kinds.get(r[end]);
      const allowed: readonly EntityKind[] = spec[end];
      if (kind === undefined) issues.push({ ...at(r), id, field: end, message: `unknown entity "${r[end]}"` });
      else if (!allowed.includes(kind)) {
        issues.push({
          ...at(r),
          id,
          field: end,
          message: `${r.type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, not ${kind}`,
        });
      }
    }
    for (const [key, value] of Object.entries(r.attributes)) {
      const problem = dateProblem(key, value);
      if (problem) issues.push({ ...at(r), id, field: `attributes.${key}`, message: problem });
      if (typeof value === 'string' && ENTITY_ID.test(value) && !kinds.has(value)) {
        issues.push({ ...at(r), id, field: `attributes.${key}`, message: `unknown entity "${value}"` });
      }
    }
    checkCitations(r, id, r.citations, null);
  };

  const relationshipKnown = (r: LoadedRelationship) =>
    kinds.has(r.from) &&
    kinds.has(r.to) &&
    citationsKnown(r.citations) &&
    Object.values(r.attributes).every((v) => typeof v !== 'string' || !ENTITY_ID.test(v) || kinds.has(v));

  return {
    issues,
    suspects,
    kindOf: (id) => kinds.get(id),
    textOf: (id) => texts.get(id),
    defineSource(s) {
      claim(s.id, s);
      kinds.set(s.id, 'SOURCE');
      texts.set(s.id, s.text);
    },
    defineEntity(e) {
      claim(e.id, e);
      kinds.set(e.id, e.kind as EntityKind);
      const prefix = idPrefixOf(e.kind as EntityKind);
      if (!e.id.startsWith(`${prefix}:`))
        issues.push({ ...at(e), id: e.id, field: 'id', message: `a ${e.kind} id starts with "${prefix}:"` });
      if (!e.names.th && !e.names.en && !e.names.zh && e.aliases.length === 0) {
        issues.push({ ...at(e), id: e.id, field: 'names', message: 'give at least one name or alias' });
      }
    },
    checkEntity(e) {
      if (defer && !citationsKnown(e.citations)) waiting.push(e);
      else entityRefs(e);
    },
    checkRelationship(r) {
      const rid = relationshipId(r);
      if (options.fingerprints) {
        if (!relPrints.add(fingerprint(rid))) suspects.add(fingerprint(rid));
      } else {
        const first = relIds.get(rid);
        if (first !== undefined) {
          issues.push({
            ...at(r),
            id: recordLabel(r),
            field: 'key',
            message: `duplicate relationship (also in ${first}); give each a distinct "key"`,
          });
        } else relIds.set(rid, where(r));
      }
      if (defer && !relationshipKnown(r)) waiting.push(r);
      else relationshipRefs(r);
    },
    unresolved() {
      const refs = new Set<string>();
      for (const r of waiting) {
        for (const c of r.citations) refs.add(c.source);
        if ('type' in r) {
          refs.add(r.from);
          refs.add(r.to);
          for (const v of Object.values(r.attributes)) if (typeof v === 'string' && ENTITY_ID.test(v)) refs.add(v);
        }
      }
      return [...refs].filter((id) => !kinds.has(id)).sort();
    },
    finish(external = new Map()) {
      learn(external);
      defer = false;
      for (const r of waiting.splice(0)) {
        if ('type' in r) relationshipRefs(r);
        else entityRefs(r as LoadedEntity);
      }
    },
  };
}
