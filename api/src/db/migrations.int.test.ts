import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { applySchema } from './migrations.ts';

let db: TestDatabase;

const indexNames = async () =>
  (await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN name')).records.map((r) => r.get('name') as string);

beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

describe('applySchema', () => {
  it('sends nothing when every index and constraint is there, and only what is missing after one is dropped', async () => {
    await applySchema(db.executor);
    expect(await applySchema(db.executor)).toBe(0);
    await db.driver.executeQuery('DROP INDEX mention_decision_entity');
    expect(await indexNames()).not.toContain('mention_decision_entity');
    expect(await applySchema(db.executor)).toBe(1);
    expect(await indexNames()).toContain('mention_decision_entity');
    expect(await applySchema(db.executor)).toBe(0);
  });
});
