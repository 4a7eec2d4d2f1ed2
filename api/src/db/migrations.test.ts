import { describe, expect, it } from 'vitest';
import { readSchemaFile, schemaFiles, schemaObjectName, statementsToApply } from './migrations.ts';

describe('schemaObjectName', () => {
  it('reads the name of each kind of schema statement, and none where there is no IF NOT EXISTS', () => {
    expect(schemaObjectName('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE')).toBe('entity_id');
    expect(schemaObjectName('  create index entity_kind if not exists FOR (n:Entity) ON (n.kind)')).toBe('entity_kind');
    expect(schemaObjectName('CREATE FULLTEXT INDEX entity_text_th IF NOT EXISTS\nFOR (n:Entity) ON EACH [n.name_th]')).toBe(
      'entity_text_th',
    );
    expect(schemaObjectName('CREATE INDEX entity_kind FOR (n:Entity) ON (n.kind)')).toBeNull();
    expect(schemaObjectName('CALL db.awaitIndexes(300)')).toBeNull();
  });

  it('names every index and constraint of cypher/schema/ once, and keeps data statements in files that create one', () => {
    const files = schemaFiles().map(readSchemaFile);
    const names = files.flatMap((file) => file.map((s) => s.name)).filter((n) => n !== null);
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size).toBe(names.length);
    for (const file of files) expect(file.some((s) => s.name !== null)).toBe(true);
    expect(
      files
        .flat()
        .filter((s) => s.name === null)
        .map((s) => s.statement.split('\n')[0]),
    ).toEqual(['MATCH (n:Entity)']);
  });
});

describe('statementsToApply', () => {
  const file = [
    { statement: 'MATCH (n) SET n.k = 1', name: null },
    { statement: 'CREATE INDEX a IF NOT EXISTS …', name: 'a' },
    { statement: 'CREATE INDEX b IF NOT EXISTS …', name: 'b' },
  ];

  it('sends a file’s data statement with its missing indexes, in order', () => {
    expect(statementsToApply(file, new Set())).toEqual(file.map((s) => s.statement));
    expect(statementsToApply(file, new Set(['a']))).toEqual(['MATCH (n) SET n.k = 1', 'CREATE INDEX b IF NOT EXISTS …']);
  });

  it('sends nothing of a file whose indexes all exist, data statements included', () => {
    expect(statementsToApply(file, new Set(['a', 'b', 'other']))).toEqual([]);
  });
});
