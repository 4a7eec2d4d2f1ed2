import { z } from 'zod';
import { ENTITY_KINDS } from '../../../common/kinds.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/relationshipTypes.ts';

/** C0 and C1 control characters (and DEL), which no name or alias needs. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** C0 and C1 control characters other than tab and line breaks, which a quote may carry from its source's text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const QUOTE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Bidi embedding, override and isolate characters, which can make text read differently from how it is stored. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
/** Thai, Han (CJK) and kana script, where two characters already carry a word. */
const DENSE_SCRIPT = /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The shortest quote, in characters after trimming, in Latin and other scripts; see SECURITY.md. */
export const MIN_QUOTE_LENGTH = 3;
/** The shortest quote, in characters after trimming, in Thai or CJK script; see SECURITY.md. */
export const MIN_DENSE_QUOTE_LENGTH = 2;

const text = z.string().trim().min(1, 'must not be empty');

/** A name or alias: non-empty text without control or bidi characters. */
const nameText = text
  .refine((v) => !CONTROL.test(v), 'must not contain control characters')
  .refine((v) => !BIDI.test(v), 'must not contain bidi override characters');

/** Whether a quote is long enough to stand for a fact rather than match anywhere. */
export function quoteLongEnough(quote: string): boolean {
  // Characters are counted only up to the longer minimum, and the script is looked at only for a
  // quote shorter than that: this runs for every citation of an import, and quotes run to
  // sentences (listing every character and testing the whole quote for Thai or CJK was 1.3 % of
  // the 10k import's CPU profile).
  const trimmed = quote.trim();
  let count = 0;
  for (const _ of trimmed) if (++count >= MIN_QUOTE_LENGTH) return true;
  return count >= MIN_DENSE_QUOTE_LENGTH && DENSE_SCRIPT.test(trimmed);
}

/** A verbatim quote: kept as written, but not blank and free of control and bidi characters (its length is checked against its source, `datasetChecker.ts`). */
export const quoteSchema = z
  .string()
  .refine((v) => v.trim() !== '', 'must not be empty')
  .refine((v) => !QUOTE_CONTROL.test(v), 'must not contain control characters')
  .refine((v) => !BIDI.test(v), 'must not contain bidi override characters');

/** The form of an entity id, `<kind prefix>:<lowercase slug>`; a string attribute of this form refers to an entity. */
export const ENTITY_ID = /^[a-z][a-z-]*:[a-z0-9][a-z0-9-]*$/;

/** An entity id, e.g. `person:sirirurg-songsivilai`. */
export const entityIdSchema = z.string().regex(ENTITY_ID, 'must look like "kind:lowercase-slug", e.g. "agency:pmu-a"');

/** An attribute name: camelCase, so that its stored keys (`db/storedProps.ts`) stay unambiguous. */
export const attributeKeySchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'attribute names are camelCase letters and digits, e.g. "startDate"');

/** Text in up to three languages, at least one of them given. */
export const localizedTextSchema = z
  .strictObject({ th: text.optional(), en: text.optional(), zh: text.optional() })
  .refine((v) => v.th !== undefined || v.en !== undefined || v.zh !== undefined, {
    message: 'give the text in at least one of th, en, zh',
  });

/** Names may be empty for an entity known only by its aliases. */
const namesSchema = z.strictObject({ th: nameText.optional(), en: nameText.optional(), zh: nameText.optional() });

/** A scalar attribute value, or text in several languages. */
export const attributeValueSchema = z.union([
  z.string().trim().min(1, 'must not be empty'),
  z.number().finite(),
  z.boolean(),
  localizedTextSchema,
]);

/** A citation: the source and the verbatim quote that supports the fact. */
export const citationSchema = z.strictObject({
  source: entityIdSchema.optional(),
  quote: quoteSchema,
  about: z
    .array(z.string().regex(/^[a-z][A-Za-z0-9]*(\.(th|en|zh))?$/, 'name an attribute, "country", "aliases" or "names.th|en|zh"'))
    .optional(),
});

/** A source document: its metadata and full text (inline or in a file beside the dataset). */
export const sourceSchema = z
  .strictObject({
    id: entityIdSchema.refine((id) => id.startsWith('source:'), 'source ids start with "source:"'),
    title: text,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language code such as "th", "en" or "zh"'),
    /** The publication date, ISO `yyyy-mm-dd`, when the document prints day, month and year. */
    date: z.iso.date().optional(),
    /** The publication date as the document prints it (any script or calendar); a date found only in the URL goes in the note. */
    datePrinted: text.optional(),
    publisher: text.optional(),
    /** The corpus thread the page belongs to (data/atlas/README.md), e.g. `A4` or `new:D`. */
    thread: text.optional(),
    // Any host, as the page was found: some sources live on a bare IP address or a host written with its trailing dot.
    url: z.url({ protocol: /^https?$/, error: '`url` must be an http(s) address, e.g. https://example.org/news/1' }).optional(),
    note: text.optional(),
    text: z.string().min(1).optional(),
    textFile: text.optional(),
  })
  .refine((s) => (s.text === undefined) !== (s.textFile === undefined), {
    message: 'give exactly one of "text" or "textFile"',
    path: ['text'],
  });

/** One entity of the graph. */
export const entitySchema = z.strictObject({
  id: entityIdSchema,
  kind: z.enum(ENTITY_KINDS.filter((k) => k !== 'SOURCE') as [string, ...string[]]),
  names: namesSchema,
  aliases: z.array(nameText).default([]),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code such as "TH" or "CN"')
    .optional(),
  attributes: z.record(attributeKeySchema, attributeValueSchema).default({}),
  citations: z.array(citationSchema).min(1, 'every entity needs at least one citation'),
});

/** The ends, type and key of a relationship of the dataset (or the database). */
export const relationshipRefSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
  from: entityIdSchema,
  to: entityIdSchema,
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
});

/** One typed, cited relationship between two entities. */
export const relationshipSchema = relationshipRefSchema.extend({
  attributes: z.record(attributeKeySchema, attributeValueSchema).default({}),
  citations: z.array(citationSchema).min(1, 'every relationship needs at least one citation'),
});

/** A citation of a decision: it always names its source. */
export const decisionCitationSchema = z.strictObject({ source: entityIdSchema, quote: quoteSchema });

/** A recorded decision that several printed names name one entity, with the quotes that print them. */
export const mergeSchema = z.strictObject({
  id: z.string().regex(/^merge:[a-z0-9][a-z0-9-]*$/, 'merge decision ids look like "merge:lowercase-slug"'),
  entity: entityIdSchema,
  names: z.array(nameText).min(2, 'a merge joins at least two printed names'),
  reason: text,
  citations: z.array(decisionCitationSchema).min(1, 'a merge needs the quotes that print its names'),
});

/** One side of a dispute: a value with its own citations, or a relationship whose citations are its own. */
export const statementSchema = z.union([
  z.strictObject({
    value: z.preprocess(
      (v) => (typeof v === 'number' ? String(v) : v),
      z.string().trim().min(1, 'must not be empty').max(200, 'a statement value is a date, an id or a short text (200 characters at most)'),
    ),
    citations: z.array(decisionCitationSchema).min(1, 'every statement stands on its own citation'),
  }),
  z.strictObject({ relationship: relationshipRefSchema }),
]);

/** A recorded disagreement between sources about one entity: two or more statements, none chosen. */
export const disputeSchema = z.strictObject({
  id: z.string().regex(/^dispute:[a-z0-9][a-z0-9-]*$/, 'dispute ids look like "dispute:lowercase-slug"'),
  subject: entityIdSchema,
  question: text,
  statements: z.array(statementSchema).min(2, 'a dispute has at least two statements'),
});

/** One dataset file. */
export const datasetFileSchema = z.strictObject({
  defaultSource: entityIdSchema.optional(),
  sources: z.array(sourceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
  merges: z.array(mergeSchema).default([]),
  disputes: z.array(disputeSchema).default([]),
});

/** A dataset file as written by people. */
export type DatasetFileInput = z.input<typeof datasetFileSchema>;
/** A source as parsed. */
export type SourceRecord = z.output<typeof sourceSchema>;
/** An entity as parsed. */
export type EntityRecord = z.output<typeof entitySchema>;
/** A relationship as parsed. */
export type RelationshipRecord = z.output<typeof relationshipSchema>;
/** A citation as parsed. */
export type CitationRecord = z.output<typeof citationSchema>;
/** A merge decision as parsed. */
export type MergeRecord = z.output<typeof mergeSchema>;
/** A dispute as parsed. */
export type DisputeRecord = z.output<typeof disputeSchema>;
/** One statement of a dispute as parsed. */
export type StatementRecord = z.output<typeof statementSchema>;
/** An attribute value as parsed. */
export type AttributeValue = z.output<typeof attributeValueSchema>;
