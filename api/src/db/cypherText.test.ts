import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { compactCypher, hasMultilineString } from './cypherText.ts';
import { loadQueryRegistry, QUERY_NAMES } from './queryRegistry.ts';

describe('compactCypher', () => {
  it('drops comment lines, indentation and blank lines, and keeps every token and string', () => {
    const text = [
      '// The entity by id.',
      'MATCH (n:Entity {id: $id})',
      '',
      '  // the url keeps its slashes',
      "  WHERE n.url <> 'https://example.org/a'   ",
      '  RETURN n',
    ].join('\n');
    expect(compactCypher(text)).toBe("MATCH (n:Entity {id: $id})\nWHERE n.url <> 'https://example.org/a'\nRETURN n");
  });

  it('sends a named query with no comment or indentation left, and every token of it', () => {
    const file = readFileSync(path.join(REPO_ROOT, 'cypher', 'queries', 'briefingContext.cypher'), 'utf8');
    const sent = loadQueryRegistry().briefingContext;
    expect(sent).not.toMatch(/^\s*\/\//m);
    expect(sent).not.toMatch(/^\s/m);
    expect(sent.length).toBeLessThan(file.length * 0.9);
    expect(sent.split(/\s+/).join(' ')).toBe(
      file
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join(' ')
        .trim()
        .split(/\s+/)
        .join(' '),
    );
  });
});

describe('hasMultilineString', () => {
  it('finds a quote or backquote left open at the end of a line, outside comments', () => {
    expect(hasMultilineString("RETURN 'one\ntwo'")).toBe(true);
    expect(hasMultilineString('RETURN n.`odd\nname`')).toBe(true);
    expect(hasMultilineString("RETURN 'it\\'s' AS s")).toBe(false);
    expect(hasMultilineString("// the driver's chunks\nRETURN 1 // isn't a string")).toBe(false);
  });

  it('is false for every query file, so that compacting them is safe', () => {
    for (const name of QUERY_NAMES) {
      expect(hasMultilineString(readFileSync(path.join(REPO_ROOT, 'cypher', 'queries', `${name}.cypher`), 'utf8')), name).toBe(false);
    }
  });
});
