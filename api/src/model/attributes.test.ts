import { describe, expect, it } from 'vitest';
import { decodeAttributes, encodeAttributes, encodeCitations, encodeNames } from '../db/storedProps.ts';
import { attributeList, attributeText, localizedAttribute, scalarAttribute } from './attributes.ts';

describe('attributeList', () => {
  it('lists attributes with their language, sorted, leaving out stored internals', () => {
    const stored = {
      id: 'x',
      ...encodeNames({ en: 'X' }),
      ...encodeCitations([{ source: 'source:s', quote: 'q' }], true),
      ...encodeAttributes({ title: { en: 'Director' }, ordinal: 4 }),
    };
    const attributes = decodeAttributes(stored);
    expect(attributeList(attributes)).toEqual([
      { key: 'ordinal', value: '4', lang: null },
      { key: 'title', value: 'Director', lang: 'EN' },
    ]);
  });
});

describe('attribute readers', () => {
  const attributes = { title: { th: 'ผู้อำนวยการ', en: 'Director' }, ordinal: 4, side: 'TH' };

  it('tell single values from localized text', () => {
    expect(scalarAttribute(attributes, 'ordinal')).toBe(4);
    expect(scalarAttribute(attributes, 'title')).toBeUndefined();
    expect(localizedAttribute(attributes, 'title')).toEqual({ th: 'ผู้อำนวยการ', en: 'Director' });
    expect(localizedAttribute(attributes, 'side')).toBeNull();
  });

  it('read text in a language with the usual fallbacks', () => {
    expect(attributeText(attributes, 'title', 'zh')).toBe('Director');
    expect(attributeText(attributes, 'title', 'th')).toBe('ผู้อำนวยการ');
    expect(attributeText(attributes, 'ordinal', 'th')).toBe('4');
    expect(attributeText(attributes, 'missing', 'en')).toBeNull();
  });
});
