import { describe, expect, it } from 'vitest';
import {
  decodeAttributes,
  decodeEntity,
  decodeRelationship,
  encodeAttributes,
  encodeEntity,
  encodeRelationship,
  encodeSortNames,
  encodeSource,
} from './storedProps.ts';

describe('attribute storage', () => {
  it('flattens localized text to one property per language and back', () => {
    const attributes = { ordinal: 4, startDate: '2023-09-20', title: { th: 'ปลัดกระทรวง', en: 'Permanent Secretary' }, official: true };
    const stored = encodeAttributes(attributes);
    expect(stored).toEqual({
      attr_ordinal: 4,
      attr_startDate: '2023-09-20',
      attr_title_th: 'ปลัดกระทรวง',
      attr_title_en: 'Permanent Secretary',
      attr_official: true,
    });
    expect(decodeAttributes({ ...stored, id: 'x', name_th: 'ignored' })).toEqual(attributes);
  });

  it('lists attribute keys in the order of their stored keys', () => {
    const decoded = decodeAttributes({ attr_title_th: 'ท', attr_ordinal: 4, attr_title_en: 'T', attr_area: 2 });
    expect(Object.keys(decoded)).toEqual(['area', 'ordinal', 'title']);
    expect(Object.keys(decoded.title as object)).toEqual(['en', 'th']);
  });
});

describe('entity and relationship storage', () => {
  const entity = {
    id: 'person:a',
    kind: 'PERSON',
    names: { th: 'ก', en: 'A' },
    aliases: ['Dr A'],
    country: 'TH',
    attributes: { honorific: { en: 'Dr' }, ordinal: 2 },
    citations: [
      { source: 'source:s', quote: 'q1', about: ['names.en', 'country'] },
      { source: 'source:t', quote: 'q2' },
    ],
  };

  it('stores an entity in the documented grammar, keys in a fixed order', () => {
    const props = encodeEntity(entity, ['a']);
    expect(Object.keys(props)).toEqual([
      'id',
      'kind',
      'name_th',
      'name_en',
      'aliases',
      'searchKeys',
      'sortName_th',
      'sortName_en',
      'sortName_zh',
      'country',
      'attr_honorific_en',
      'attr_ordinal',
      'citeSources',
      'citeQuotes',
      'citeAbout',
    ]);
    expect(props.citeAbout).toEqual(['names.en,country', '']);
  });

  it('decodes what it encodes', () => {
    const decoded = decodeEntity({ ...encodeEntity(entity, ['a']), text: null });
    expect(decoded).toEqual({
      ...entity,
      citations: [entity.citations[0], { ...entity.citations[1], about: [] }],
    });
    expect(decoded.title).toBeUndefined();
  });

  it('decodes a source with its own fields and a relationship with its key', () => {
    const source = decodeEntity({ id: 'source:s', kind: 'SOURCE', aliases: [], title: 'T', language: 'th', text: null });
    expect(source).toMatchObject({ id: 'source:s', names: {}, title: 'T', language: 'th', citations: [] });
    expect(source.text).toBeUndefined();
    const props = encodeRelationship('a|X|b|k', {
      key: 'k',
      attributes: { role: 'chair' },
      citations: [{ source: 'source:s', quote: 'q' }],
    });
    expect(props).toEqual({ id: 'a|X|b|k', key: 'k', attr_role: 'chair', citeSources: ['source:s'], citeQuotes: ['q'] });
    expect(decodeRelationship({ ...props, type: 'X', from: 'a', to: 'b' })).toEqual({
      id: 'a|X|b|k',
      type: 'X',
      from: 'a',
      to: 'b',
      key: 'k',
      attributes: { role: 'chair' },
      citations: [{ source: 'source:s', quote: 'q', about: [] }],
    });
  });
});

describe('sort names', () => {
  it('falls back from the language’s own name to English, Thai, Chinese, and lower-cases it', () => {
    expect(encodeSortNames({ th: 'วช.', en: 'National Research Council', zh: '国家研究委员会' }, undefined, 'agency:nrct')).toEqual({
      sortName_th: 'วช.',
      sortName_en: 'national research council',
      sortName_zh: '国家研究委员会',
    });
    expect(encodeSortNames({ th: 'กระทรวง', zh: '科技部' }, undefined, 'agency:most')).toEqual({
      sortName_th: 'กระทรวง',
      sortName_en: 'กระทรวง',
      sortName_zh: '科技部',
    });
    expect(encodeSortNames({ zh: 'ΣΟΦΊΑ' }, undefined, 'x')).toMatchObject({ sortName_en: 'σοφία', sortName_th: 'σοφία' });
  });

  it('takes a source’s title, then the id, when there is no name', () => {
    expect(encodeSortNames({}, 'Joint Statement', 'source:a')).toEqual({
      sortName_th: 'joint statement',
      sortName_en: 'joint statement',
      sortName_zh: 'joint statement',
    });
    expect(encodeSortNames({}, undefined, 'Topic:AI')).toMatchObject({ sortName_en: 'topic:ai' });
    expect(encodeSource({ id: 'source:b', title: 'Visit' }, [])).toMatchObject({ sortName_zh: 'visit' });
  });
});
