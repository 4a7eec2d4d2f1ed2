import { describe, expect, it } from 'vitest';
import { flattenAttributes, unflattenAttributes } from './graphRows.ts';

describe('attribute storage', () => {
  it('flattens localized text to one property per language and back', () => {
    const attributes = { ordinal: 4, startDate: '2023-09-20', title: { th: 'ปลัดกระทรวง', en: 'Permanent Secretary' }, official: true };
    const stored = flattenAttributes(attributes);
    expect(stored).toEqual({
      attr_ordinal: 4,
      attr_startDate: '2023-09-20',
      attr_title_th: 'ปลัดกระทรวง',
      attr_title_en: 'Permanent Secretary',
      attr_official: true,
    });
    expect(unflattenAttributes({ ...stored, id: 'x', name_th: 'ignored' })).toEqual(attributes);
  });
});
