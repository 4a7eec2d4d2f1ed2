import { describe, expect, it } from 'vitest';
import { formatIssue } from '../datasetIssue.ts';
import { parseDatasetLine } from '../datasetLine.ts';
import { loadJsonLine } from './loadJsonLine.ts';

const load = (text: string) => {
  const parsed = parseDatasetLine(text, 'a.ndjson', 3);
  if (!parsed.ok) throw new Error('does not parse');
  return loadJsonLine(parsed.line, { file: '/data/a.ndjson', shown: 'a.ndjson', line: 3 });
};

describe('loadJsonLine', () => {
  it('keeps the file and line with the record', () => {
    const loaded = load('{"entity":{"id":"topic:x","kind":"TOPIC","names":{"en":"X"},"citations":[{"source":"source:s","quote":"X"}]}}');
    expect(loaded).toMatchObject({ ok: true, loaded: { kind: 'entity', record: { id: 'topic:x', file: 'a.ndjson', line: 3 } } });
  });

  it('requires every citation to name its source (there is no defaultSource in JSON Lines)', () => {
    const loaded = load(
      '{"relationship":{"type":"FOCUSES_ON","from":"program:p","to":"topic:x","citations":[{"source":"source:s","quote":"a"},{"quote":"b"}]}}',
    );
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([
      'a.ndjson:3: program:p -FOCUSES_ON-> topic:x › citations[1].source: no source (a JSON Lines file has no defaultSource)',
    ]);
  });
});
