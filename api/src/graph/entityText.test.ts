import { describe, expect, it } from 'vitest';
import { attributeList, displayName } from './entityText.ts';
import type { EntityModel } from './models.ts';

const entity = (props: Record<string, unknown>): EntityModel => ({ id: 'agency:x', kind: 'AGENCY', props, citations: [] });

describe('displayName', () => {
  it('uses the requested language when the source gives it', () => {
    expect(displayName(entity({ name_th: 'ไทย', name_en: 'Thai', name_zh: '泰' }), 'zh')).toBe('泰');
  });

  it('falls back to English, then a Latin alias, then Thai', () => {
    const pmua = entity({ name_th: 'หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่', aliases: ['บพท.', 'PMU-A'] });
    expect(displayName(pmua, 'en')).toBe('PMU-A');
    expect(displayName(pmua, 'zh')).toBe('PMU-A');
    expect(displayName(pmua, 'th')).toBe('หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่');
    expect(displayName(entity({ name_th: 'ดร.อโศก' }), 'en')).toBe('ดร.อโศก');
    expect(displayName(entity({}), 'en')).toBe('agency:x');
  });
});

describe('attributeList', () => {
  it('lists attributes with their language, sorted, leaving out stored internals', () => {
    expect(attributeList({ id: 'x', citeQuotes: ['q'], attr_title_en: 'Director', attr_ordinal: 4 })).toEqual([
      { key: 'ordinal', value: '4', lang: null },
      { key: 'title', value: 'Director', lang: 'EN' },
    ]);
  });
});
