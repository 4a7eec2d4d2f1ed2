import { describe, expect, it } from 'vitest';
import { parseDatasetLine } from '../datasetLine.ts';
import { citationSchema, entitySchema, relationshipSchema, sourceSchema } from '../datasetSchema.ts';
import { NORMALIZED_FIELDS, normalizeCheckedLine } from './normalizeCheckedLine.ts';

// Every field of every kind of record, with spaces where the schema trims, and without the
// fields that have defaults.
const LINES = [
  {
    source: {
      id: 'source:a',
      title: ' T ',
      language: 'th',
      date: '2023-09-20',
      publisher: ' P ',
      url: 'https://x.test/a',
      note: ' N ',
      text: ' text kept as is ',
    },
  },
  { source: { id: 'source:b', title: 'T', language: 'en', textFile: ' b.txt ' } },
  {
    entity: {
      id: 'agency:a',
      kind: 'AGENCY',
      names: { th: ' ก ', en: ' A ', zh: ' 甲 ' },
      aliases: [' A. ', 'AA'],
      country: 'TH',
      attributes: { type: ' agency ', foundedYear: 1999, official: true, motto: { th: ' ม ', en: ' M ' } },
      citations: [{ source: 'source:a', quote: ' quote kept ', about: ['foundedYear', 'names.en'] }],
    },
  },
  { entity: { id: 'topic:t', kind: 'TOPIC', names: { en: 'T' }, citations: [{ source: 'source:a', quote: 'q' }] } },
  {
    relationship: {
      type: 'HOLDS_POSITION',
      from: 'person:p',
      to: 'agency:a',
      key: '2011',
      attributes: { title: { en: ' Director ', th: ' ผู้อำนวยการ ' }, startDate: '2011-03-01', side: ' TH ' },
      citations: [{ source: 'source:a', quote: 'q' }],
    },
  },
  { relationship: { type: 'PART_OF', from: 'agency:a', to: 'agency:b', citations: [{ source: 'source:a', quote: 'q' }] } },
];

describe('normalizeCheckedLine', () => {
  it('gives what the schema gives for every kind of field', () => {
    for (const line of LINES) {
      const text = JSON.stringify(line);
      const parsed = parseDatasetLine(text, 'f', 1);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      expect(normalizeCheckedLine(JSON.parse(text))).toEqual(parsed.line);
    }
  });

  it('knows every field of the schema (a new field must be handled there too)', () => {
    expect(Object.keys(sourceSchema.shape)).toEqual(NORMALIZED_FIELDS.source);
    expect(Object.keys(entitySchema.shape)).toEqual(NORMALIZED_FIELDS.entity);
    expect(Object.keys(relationshipSchema.shape)).toEqual(NORMALIZED_FIELDS.relationship);
    expect(Object.keys(citationSchema.shape)).toEqual(NORMALIZED_FIELDS.citation);
  });
});
