import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { KNOWN_OPERATIONS, MAX_LOGGED_NAME, operationLabel, operationLogFields } from './operationLabel.ts';

describe('operationLabel', () => {
  it('keeps the names the viewer sends and folds every other name into one label', () => {
    expect(operationLabel('Search')).toBe('Search');
    expect(operationLabel('Neighborhood')).toBe('Neighborhood');
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('')).toBe('anonymous');
    expect(operationLabel('search')).toBe('other');
    expect(operationLabel(`Op1${'x'.repeat(100_000)}`)).toBe('other');
    const labels = new Set(Array.from({ length: 2_000 }, (_, i) => operationLabel(`Op${i}`)));
    expect([...labels]).toEqual(['other']);
  });

  it('lists every operation of the viewer', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'viewer', 'src', 'operations.ts'), 'utf8');
    const names = [...text.matchAll(/^\s*(?:query|mutation)\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(KNOWN_OPERATIONS);
  });
});

describe('operationLogFields', () => {
  it('logs short names as they are', () => {
    expect(operationLogFields('Find')).toEqual({ operation: 'Find' });
    expect(operationLogFields('x'.repeat(MAX_LOGGED_NAME))).toEqual({ operation: 'x'.repeat(MAX_LOGGED_NAME) });
    expect(operationLogFields(undefined)).toEqual({ operation: 'anonymous' });
  });

  it('cuts long names to 64 characters and adds a hash of the whole name', () => {
    const a = operationLogFields(`Op1${'x'.repeat(100_000)}`);
    const b = operationLogFields(`Op2${'x'.repeat(100_000)}`);
    expect(a.operation).toBe(`Op1${'x'.repeat(61)}…`);
    expect(a.operationHash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.operationHash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.operationHash).not.toBe(b.operationHash);
    expect(JSON.stringify(a).length).toBeLessThan(120);
  });
});
