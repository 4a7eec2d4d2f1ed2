import { describe, expect, it } from 'vitest';
import type { StoredEntity } from '../db/storedProps.ts';
import { changedFields } from './changedFields.ts';

const cite = (source: string, quote = 'q') => ({ source, quote, about: [] });

describe('changedFields', () => {
  it('names changes as the import format does and leaves derived search keys out', () => {
    const before: StoredEntity = {
      id: 'agency:x',
      kind: 'AGENCY',
      names: { en: 'X' },
      aliases: [],
      country: null,
      attributes: { founded: 2020 },
      citations: [cite('source:a')],
    };
    const after: StoredEntity = {
      ...before,
      names: { en: 'X Agency', zh: 'X机构' },
      attributes: { founded: 2020, type: { th: 'หน่วยงาน' } },
      citations: [cite('source:a'), cite('source:b')],
    };
    expect(changedFields(before, after)).toEqual(['attributes.type', 'citations', 'names.en', 'names.zh']);
  });

  it('finds nothing when nothing changed', () => {
    const entity: StoredEntity = {
      id: 'topic:y',
      kind: 'TOPIC',
      names: {},
      aliases: ['Y'],
      country: null,
      attributes: {},
      citations: [cite('source:y', 'y')],
    };
    expect(changedFields(entity, { ...entity })).toEqual([]);
  });
});
