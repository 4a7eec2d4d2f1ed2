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
  const trimmed = [...quote.trim()];
  const min = DENSE_SCRIPT.test(quote) ? MIN_DENSE_QUOTE_LENGTH : MIN_QUOTE_LENGTH;
  return trimmed.length >= min;
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
    date: z.iso.date().optional(),
    /** The publication date as the document prints it. */
    datePrinted: text.optional(),
    publisher: text.optional(),
    url: z.httpUrl({ error: '`url` must be an http(s) address, e.g. https://example.org/news/1' }).optional(),
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

/** One typed, cited relationship between two entities. */
export const relationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
  from: entityIdSchema,
  to: entityIdSchema,
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  attributes: z.record(attributeKeySchema, attributeValueSchema).default({}),
  citations: z.array(citationSchema).min(1, 'every relationship needs at least one citation'),
});

/** One dataset file. */
export const datasetFileSchema = z.strictObject({
  defaultSource: entityIdSchema.optional(),
  sources: z.array(sourceSchema).default([]),
  entities: z.array(entitySchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
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
/** An attribute value as parsed. */
export type AttributeValue = z.output<typeof attributeValueSchema>;
