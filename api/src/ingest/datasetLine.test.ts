import { describe, expect, it } from 'vitest';
import { formatIssue } from './datasetIssue.ts';
import { lineKindOf, parseDatasetLine } from './datasetLine.ts';

const messages = (text: string) => {
  const parsed = parseDatasetLine(text, 'big.ndjson', 12);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
};

describe('parseDatasetLine', () => {
  it('reads one record with the same checks and defaults as the YAML format', () => {
    const parsed = parseDatasetLine(
      '{"entity":{"id":"topic:x","kind":"TOPIC","names":{"en":" X "},"citations":[{"source":"source:s","quote":"X"}]}}',
      'f',
      1,
    );
    expect(parsed).toEqual({
      ok: true,
      line: {
        kind: 'entity',
        record: {
          id: 'topic:x',
          kind: 'TOPIC',
          names: { en: 'X' },
          aliases: [],
          attributes: {},
          citations: [{ source: 'source:s', quote: 'X' }],
        },
      },
    });
  });

  it('names the file, line, id and field of each problem', () => {
    expect(
      messages('{"relationship":{"type":"CHAIRED","from":"person:a","to":"meeting:b","citations":[{"source":"source:s","quote":""}]}}'),
    ).toEqual(['big.ndjson:12: person:a -CHAIRED-> meeting:b › citations[0].quote: must not be empty']);
    expect(messages('{"entity":{"id":"Person:A","kind":"PERSON","names":{},"citations":[]}}')).toEqual([
      'big.ndjson:12: Person:A › id: must look like "kind:lowercase-slug", e.g. "agency:pmu-a"',
      'big.ndjson:12: Person:A › citations: every entity needs at least one citation',
    ]);
    expect(messages('{"entity":{"id":"topic:x"')).toEqual([expect.stringMatching(/^big\.ndjson:12: is not valid JSON: /)]);
    expect(messages('{"topic":{}}')).toEqual([
      'big.ndjson:12: a line holds one object with exactly one key: "source", "entity" or "relationship"',
    ]);
  });

  it('tells the kind of a line from its first key without parsing it', () => {
    expect(lineKindOf('{"relationship":{"type":"X"}}')).toBe('relationship');
    expect(lineKindOf(' { "source" : {}}')).toBe('source');
    expect(lineKindOf('{"id":"x","entity":{}}')).toBeUndefined();
  });
});
