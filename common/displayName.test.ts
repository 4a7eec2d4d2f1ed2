import { describe, expect, it } from 'vitest';
import { displayName, type NamedThing } from './displayName.ts';

const entity = (over: Partial<NamedThing>): NamedThing => ({ id: 'agency:x', names: {}, aliases: [], ...over });

describe('displayName', () => {
  it('uses the requested language when the source gives it', () => {
    expect(displayName(entity({ names: { th: 'ไทย', en: 'Thai', zh: '泰' } }), 'zh')).toBe('泰');
  });

  it('falls back to English, then a Latin alias, then Thai', () => {
    const pmua = entity({ names: { th: 'หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่' }, aliases: ['บพท.', 'PMU-A'] });
    expect(displayName(pmua, 'en')).toBe('PMU-A');
    expect(displayName(pmua, 'zh')).toBe('PMU-A');
    expect(displayName(pmua, 'th')).toBe('หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่');
    expect(displayName(entity({ names: { th: 'ดร.อโศก' } }), 'en')).toBe('ดร.อโศก');
    expect(displayName(entity({}), 'en')).toBe('agency:x');
  });

  it('then the first alias and a source title, before the id', () => {
    expect(displayName(entity({ aliases: ['ศูนย์'] }), 'en')).toBe('ศูนย์');
    expect(displayName(entity({ title: 'A report' }), 'th')).toBe('A report');
  });
});
