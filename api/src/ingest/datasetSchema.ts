import { z } from 'zod';
import { ENTITY_KINDS } from '../../../common/kinds.ts';
import { RELATIONSHIP_TYPE_NAMES } from '../domain/relationshipTypes.ts';

const text = z.string().trim().min(1, 'must not be empty');

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
const namesSchema = z.strictObject({ th: text.optional(), en: text.optional(), zh: text.optional() });

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
  quote: z.string().min(1, 'must not be empty'),
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
  aliases: z.array(text).default([]),
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
