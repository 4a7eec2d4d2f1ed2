import { describe, expect, it } from 'vitest';
import { changedFields } from './changedFields.ts';

describe('changedFields', () => {
  it('names changes as the import format does and leaves derived search keys out', () => {
    const before = { id: 'agency:x', kind: 'AGENCY', name_en: 'X', searchKeys: ['x'], attr_founded: 2020, citeSources: ['source:a'] };
    const after = {
      id: 'agency:x',
      kind: 'AGENCY',
      name_en: 'X Agency',
      name_zh: 'X机构',
      searchKeys: ['x agency'],
      attr_founded: 2020,
      attr_type_th: 'หน่วยงาน',
      citeSources: ['source:a', 'source:b'],
    };
    expect(changedFields(before, after)).toEqual(['attributes.type', 'citations', 'names.en', 'names.zh']);
  });

  it('finds nothing when nothing changed', () => {
    const props = { id: 'topic:y', kind: 'TOPIC', aliases: ['Y'], citeQuotes: ['y'] };
    expect(changedFields(props, { ...props })).toEqual([]);
  });
});
