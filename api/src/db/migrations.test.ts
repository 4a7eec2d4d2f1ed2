import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles, schemaObjectName } from './migrations.ts';
import { splitStatements } from './queryRegistry.ts';

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

  it('names every statement of cypher/schema/, each once, so that a present one is never sent again', () => {
    const names = schemaFiles().flatMap((file) => splitStatements(readFileSync(file, 'utf8')).map(schemaObjectName));
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n) => n === null)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
