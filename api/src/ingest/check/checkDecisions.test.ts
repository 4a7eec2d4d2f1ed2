import { describe, expect, it } from 'vitest';
import type { LoadedDispute, LoadedMerge } from '../dataset.ts';
import { checkDecisions, type DecisionContext } from './checkDecisions.ts';

const TEXT = 'At the end of 2016, the centre was officially established. On December 8 it opened. H.E. Mr.Zhang Guangiun spoke.';
const known: DecisionContext = {
  kindOf: (id) =>
    id === 'source:s'
      ? 'SOURCE'
      : id.startsWith('person:') || id.startsWith('agency:')
        ? id.startsWith('person:')
          ? 'PERSON'
          : 'AGENCY'
        : undefined,
  textOf: (id) => (id === 'source:s' ? TEXT : undefined),
  hasRelationship: (id) => id === 'person:a|HOLDS_POSITION|agency:m|april-3',
};
const merge = (over: Partial<LoadedMerge> = {}): LoadedMerge => ({
  id: 'merge:zhang',
  entity: 'person:zhang',
  names: ['Zhang Guangiun', 'Zhang Guangjun'],
  reason: 'same office',
  citations: [{ source: 'source:s', quote: 'H.E. Mr.Zhang Guangiun spoke' }],
  file: 'd.yaml',
  ...over,
});
const dispute = (over: Partial<LoadedDispute> = {}): LoadedDispute => ({
  id: 'dispute:founding',
  subject: 'agency:c',
  question: 'When the centre was founded',
  statements: [
    { value: '2016', citations: [{ source: 'source:s', quote: 'At the end of 2016' }] },
    { value: '--12-08', citations: [{ source: 'source:s', quote: 'On December 8 it opened' }] },
  ],
  file: 'd.yaml',
  ...over,
});

describe('checkDecisions', () => {
  it('names the merged name that no cited quote prints', () => {
    const issues = checkDecisions([merge()], [], known);
    expect(issues.map((i) => [i.id, i.field, i.message])).toEqual([
      ['merge:zhang', 'names[1]', '"Zhang Guangjun" is in none of the cited quotes; cite a quote that prints it as written'],
    ]);
  });

  it('accepts a merge whose every name is quoted, and a dispute of two cited values', () => {
    expect(checkDecisions([merge({ names: ['Zhang Guangiun', 'Mr.Zhang'] })], [dispute()], known)).toEqual([]);
  });

  it('refuses a quote that is not verbatim, an unknown subject and a date no calendar has', () => {
    const bad = dispute({
      subject: 'agency:nowhere',
      statements: [
        { value: '2016-13', citations: [{ source: 'source:s', quote: 'At the end of 2016' }] },
        { value: '2017', citations: [{ source: 'source:s', quote: 'founded in 2017' }] },
      ],
    });
    const kindOf = (id: string) => (id === 'agency:nowhere' ? undefined : known.kindOf(id));
    expect(checkDecisions([], [bad], { ...known, kindOf }).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'subject: unknown entity "agency:nowhere"; define it in a facts file or import it first',
      'statements[0].value: "2016-13" is not a date of the form yyyy-mm-dd, yyyy-mm, yyyy or --mm-dd (no year printed)',
      'statements[1].citations[0].quote: not found verbatim in source:s: "founded in 2017"',
    ]);
  });

  it('needs relationship statements to name a relationship of the files or the database, and ids to be unique', () => {
    const rel = (key: string) => ({ relationship: { type: 'HOLDS_POSITION', from: 'person:a', to: 'agency:m', key } });
    const d = dispute({ subject: 'agency:m', statements: [rel('april-3'), rel('april-4')] });
    expect(checkDecisions([], [d, d], known).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'statements[1].relationship: no relationship person:a -HOLDS_POSITION-> agency:m with key "april-4" in the files or the database',
      'id: duplicate id (also defined in d.yaml)',
      'statements[1].relationship: no relationship person:a -HOLDS_POSITION-> agency:m with key "april-4" in the files or the database',
    ]);
  });
});
