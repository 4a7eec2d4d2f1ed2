import { describe, expect, it } from 'vitest';
import { isRelationshipId, nodeSnapshot, relationshipRef, relationshipSnapshot, sameSnapshot } from './recordSnapshots.ts';

describe('record snapshots', () => {
  it('tells relationship ids from entity ids and splits them into endpoints and type', () => {
    expect(isRelationshipId('agency:pmu-a')).toBe(false);
    expect(isRelationshipId('person:a|HOLDS_POSITION|agency:b|deputy')).toBe(true);
    expect(relationshipRef('person:a|HOLDS_POSITION|agency:b|deputy')).toEqual({
      id: 'person:a|HOLDS_POSITION|agency:b|deputy',
      from: 'person:a',
      type: 'HOLDS_POSITION',
      to: 'agency:b',
    });
  });

  it('reads stored properties back in the import format: sources with their text, entities with kind and citations', () => {
    expect(
      nodeSnapshot({ id: 'source:s', kind: 'SOURCE', title: 'T', language: 'en', text: 'Full text.', aliases: [], searchKeys: ['t'] }),
    ).toEqual({
      id: 'source:s',
      title: 'T',
      language: 'en',
      text: 'Full text.',
    });
    expect(
      nodeSnapshot({
        id: 'topic:t',
        kind: 'TOPIC',
        name_en: 'Topic',
        aliases: ['T'],
        searchKeys: ['topic'],
        attr_year: 2020,
        citeSources: ['source:s'],
        citeQuotes: ['Full text'],
        citeAbout: ['attributes.year'],
      }),
    ).toEqual({
      id: 'topic:t',
      kind: 'TOPIC',
      names: { en: 'Topic' },
      aliases: ['T'],
      attributes: { year: 2020 },
      citations: [{ source: 'source:s', quote: 'Full text', about: ['attributes.year'] }],
    });
    expect(
      relationshipSnapshot({
        id: 'a:x|PART_OF|b:y',
        type: 'PART_OF',
        from: 'a:x',
        to: 'b:y',
        citeSources: ['source:s'],
        citeQuotes: ['Full text'],
      }),
    ).toEqual({ type: 'PART_OF', from: 'a:x', to: 'b:y', attributes: {}, citations: [{ source: 'source:s', quote: 'Full text' }] });
  });

  it('compares snapshots whatever the order of their keys, and null as "not there"', () => {
    expect(sameSnapshot({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameSnapshot({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameSnapshot(null, null)).toBe(true);
    expect(sameSnapshot(null, { a: 1 })).toBe(false);
  });
});
