import { describe, expect, it } from 'vitest';
import { fingerprint, FingerprintSet } from './check/fingerprintSet.ts';
import type { LoadedEntity, LoadedRelationship, LoadedSource } from './dataset.ts';
import { createDatasetChecker } from './datasetChecker.ts';
import { formatIssue } from './datasetIssue.ts';

const source: LoadedSource = { id: 'source:s', title: 'S', language: 'en', text: 'Alice chaired the meeting.', file: 'a.ndjson', line: 1 };
const person: LoadedEntity = {
  id: 'person:alice',
  kind: 'PERSON',
  names: { en: 'Alice' },
  aliases: [],
  attributes: {},
  citations: [{ source: 'source:s', quote: 'Alice' }],
  file: 'a.ndjson',
  line: 2,
};
const chaired: LoadedRelationship = {
  type: 'CHAIRED',
  from: 'person:alice',
  to: 'meeting:m',
  attributes: {},
  citations: [{ source: 'source:s', quote: 'Alice chaired' }],
  file: 'b.ndjson',
  line: 7,
};

describe('a checker fed record by record (streamed input)', () => {
  it('waits for ids defined later, asks for the rest, and reports what stays unknown with file and line', () => {
    const checker = createDatasetChecker({ deferUnknown: true, fingerprints: true });
    checker.defineEntity(person);
    checker.checkEntity(person);
    checker.checkRelationship(chaired);
    expect(checker.issues).toEqual([]);
    checker.defineSource(source);
    expect(checker.unresolved()).toEqual(['meeting:m']);
    checker.finish(new Map());
    expect(checker.issues.map(formatIssue)).toEqual(['b.ndjson:7: person:alice -CHAIRED-> meeting:m › to: unknown entity "meeting:m"']);
  });

  it('accepts ids found in the database at the end', () => {
    const checker = createDatasetChecker({ deferUnknown: true, fingerprints: true });
    checker.defineSource(source);
    checker.defineEntity(person);
    checker.checkEntity(person);
    checker.checkRelationship(chaired);
    checker.finish(new Map([['meeting:m', { kind: 'MEETING' as const }]]));
    expect(checker.issues).toEqual([]);
  });

  it('marks a repeated relationship as a suspect for confirmation instead of keeping every id', () => {
    const checker = createDatasetChecker({ deferUnknown: true, fingerprints: true });
    checker.checkRelationship(chaired);
    checker.checkRelationship({ ...chaired, line: 9 });
    checker.checkRelationship({ ...chaired, key: 'other', line: 10 });
    expect([...checker.suspects]).toEqual([fingerprint('person:alice|CHAIRED|meeting:m')]);
  });
});

describe('FingerprintSet', () => {
  it('holds many distinct values and knows a repeat', () => {
    const set = new FingerprintSet();
    let added = 0;
    for (let i = 0; i < 200_000; i++) if (set.add(fingerprint(`person:p-${i}|MEMBER_OF|working-group:w-${i % 977}`))) added += 1;
    expect(added).toBe(200_000);
    expect(set.size).toBe(200_000);
    expect(set.add(fingerprint('person:p-5|MEMBER_OF|working-group:w-5'))).toBe(false);
    expect(set.add(0)).toBe(true);
    expect(set.add(1)).toBe(false);
  });
});
