import { describe, expect, it } from 'vitest';
import type { Dataset, LoadedEntity, LoadedRelationship } from '../dataset.ts';
import { undefinedReferences, validateDataset } from './validateDataset.ts';

const TEXT = 'เมื่อวันที่ 20-21 ก.ย. 2566 หน่วย บพท. ร่วมประชุม ครั้งที่ 4';
const source = { id: 'source:s', title: 'S', language: 'th', text: TEXT, file: 'a.yaml' };
const meeting: LoadedEntity = {
  id: 'meeting:m',
  kind: 'MEETING',
  names: { th: 'ประชุม' },
  aliases: [],
  attributes: { ordinal: 4, startDate: '2023-09-20' },
  citations: [
    { source: 'source:s', quote: 'ครั้งที่ 4', about: ['ordinal'] },
    { source: 'source:s', quote: 'เมื่อวันที่ 20-21 ก.ย. 2566', about: ['startDate'] },
  ],
  file: 'a.yaml',
};
const agency: LoadedEntity = {
  id: 'agency:pmu-a',
  kind: 'AGENCY',
  names: {},
  aliases: ['บพท.'],
  attributes: {},
  citations: [{ source: 'source:s', quote: 'หน่วย บพท.' }],
  file: 'a.yaml',
};
const attended: LoadedRelationship = {
  type: 'ATTENDED',
  from: 'agency:pmu-a',
  to: 'meeting:m',
  attributes: {},
  citations: [{ source: 'source:s', quote: 'ร่วมประชุม' }],
  file: 'a.yaml',
};
const dataset = (over: Partial<Dataset> = {}): Dataset => ({
  sources: [source],
  entities: [meeting, agency],
  relationships: [attended],
  ...over,
});
const messages = (d: Dataset) => validateDataset(d).map((i) => `${i.id} › ${i.field}: ${i.message}`);

describe('validateDataset', () => {
  it('accepts a consistent dataset', () => {
    expect(validateDataset(dataset())).toEqual([]);
  });

  it('rejects a quote that is not verbatim in its source, even by one character', () => {
    const bad = { ...agency, citations: [{ source: 'source:s', quote: 'หน่วย บพท' + ' ร่วม' }] };
    expect(messages(dataset({ entities: [meeting, bad] }))).toEqual([
      'agency:pmu-a › citations[0].quote: not found verbatim in source:s: "หน่วย บพท ร่วม"',
    ]);
  });

  it('requires a citation about each number and date', () => {
    const bare = { ...meeting, citations: [{ source: 'source:s', quote: 'ร่วมประชุม' }] };
    expect(messages(dataset({ entities: [bare, agency] }))).toEqual([
      'meeting:m › attributes.ordinal: a dated or numeric fact needs a citation with `about: [ordinal]`',
      'meeting:m › attributes.startDate: a dated or numeric fact needs a citation with `about: [startDate]`',
    ]);
  });

  it('rejects duplicate ids, wrong id prefixes and nameless entities', () => {
    const dup = { ...agency, file: 'b.yaml' };
    const wrongPrefix = { ...agency, id: 'person:x', aliases: [], names: {} };
    expect(messages(dataset({ entities: [meeting, agency, dup, wrongPrefix] }))).toEqual([
      'agency:pmu-a › id: duplicate id (also defined in a.yaml)',
      'person:x › id: a AGENCY id starts with "agency:"',
      'person:x › names: give at least one name or alias',
    ]);
  });

  it('checks relationship endpoints exist and have allowed kinds', () => {
    const wrong = { ...attended, type: 'CHAIRED', from: 'agency:pmu-a' };
    const dangling = { ...attended, to: 'meeting:nowhere' };
    expect(messages(dataset({ relationships: [wrong, dangling] }))).toEqual([
      'agency:pmu-a -CHAIRED-> meeting:m › from: CHAIRED starts at PERSON, not AGENCY',
      'agency:pmu-a -ATTENDED-> meeting:nowhere › to: unknown entity "meeting:nowhere"',
    ]);
  });

  it('rejects unknown sources and citations whose source is not a source', () => {
    const bad = {
      ...attended,
      citations: [
        { source: 'source:none', quote: 'x' },
        { source: 'meeting:m', quote: 'x' },
      ],
    };
    expect(messages(dataset({ relationships: [bad] }))).toEqual([
      'agency:pmu-a -ATTENDED-> meeting:m › citations[0].source: unknown source "source:none"',
      'agency:pmu-a -ATTENDED-> meeting:m › citations[1].source: "meeting:m" is a MEETING, not a source',
    ]);
  });

  it('resolves references against entities already in the database', () => {
    const d = dataset({ entities: [agency], sources: [] });
    expect(undefinedReferences(d)).toEqual(['meeting:m', 'source:s']);
    const external = new Map([
      ['meeting:m', { kind: 'MEETING' as const }],
      ['source:s', { kind: 'SOURCE' as const, text: TEXT }],
    ]);
    expect(validateDataset(d, external)).toEqual([]);
  });

  it('refuses a quote too short to point at one passage', () => {
    const short = { ...attended, citations: [{ source: 'source:s', quote: ' ก ' }] };
    expect(messages(dataset({ relationships: [short] }))).toEqual([
      'agency:pmu-a -ATTENDED-> meeting:m › citations[0].quote: too short to point at one passage of source:s: give at least 3 characters (2 in Thai or CJK script)',
    ]);
  });
});
