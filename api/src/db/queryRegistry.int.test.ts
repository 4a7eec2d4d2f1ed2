import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { toDriverValue } from './executor.ts';
import { loadQueryRegistry, QUERY_NAMES } from './queryRegistry.ts';

/** A value of the right kind for each parameter the queries take, by name; everything else is a string. */
const DUMMY: Record<string, unknown> = {
  ids: ['agency:x'],
  kinds: ['AGENCY'],
  keys: [{ id: 'agency:x', type: 'PART_OF', dir: 'OUT' }],
  rows: [],
  row: { id: 'agency:x', label: 'Agency', type: 'PART_OF', from: 'agency:x', to: 'agency:y', props: { id: 'agency:x', kind: 'AGENCY' } },
  event: { id: 'x', at: '2026-01-01T00:00:00Z' },
  events: [{ id: 'x', at: '2026-01-01T00:00:00Z' }],
  changeset: { id: 'changeset:x', source: 'source:x' },
  refs: [{ id: 'agency:x|PART_OF|agency:y', from: 'agency:x', type: 'PART_OF', to: 'agency:y' }],
  sources: ['source:x'],
  decisions: [],
  nameKeys: ['x'],
  owners: ['agency:x'],
  desc: false,
  citations: true,
  nodeProperties: true,
  edgeProperties: true,
  ...Object.fromEntries(
    [
      'first',
      'firstPlusOne',
      'budget',
      'budgetPlusOne',
      'edgeLimit',
      'edgeLimitPlusOne',
      'maxLength',
      'candidates',
      'counterpartLimit',
    ].map((name) => [name, 2]),
  ),
};

let db: TestDatabase;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

// The cheap tier for static Cypher: every named query is parsed and planned against the real
// schema (indexes included), without running it, so a typo fails here and not at a user's request.
describe('every registered query', () => {
  const registry = loadQueryRegistry();

  it.each(QUERY_NAMES)('%s compiles (EXPLAIN)', async (name) => {
    const text = registry[name];
    const params = Object.fromEntries([...text.matchAll(/\$([A-Za-z]\w*)/g)].map(([, p]) => [p, DUMMY[p as string] ?? 'x']));
    const { summary } = await db.driver.executeQuery(`EXPLAIN ${text}`, toDriverValue(params) as Record<string, unknown>);
    expect(summary.plan, name).toBeTruthy();
  });
});
