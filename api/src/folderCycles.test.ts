import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCycle, folderCycles, folderImports } from '../../test-utils/folderCycles.ts';

// ESLint's import-x/no-cycle sees cycles between files; the layering is about folders.
describe.each(['api/src', 'viewer/src'])('the folders of %s', (tree) => {
  it('import each other in one direction only', () => {
    const imports = folderImports(path.resolve(import.meta.dirname, '../..', tree));
    expect(imports.length).toBeGreaterThan(0);
    expect(folderCycles(imports).map((group) => describeCycle(group, imports))).toEqual([]);
  });
});

describe('folderCycles', () => {
  it('finds a cycle through three folders and none in a chain', () => {
    const imp = (from: string, to: string) => ({ from, to, file: `${from}x.ts`, imported: `${to}y.ts` });
    const loop = [imp('a/', 'b/'), imp('b/', 'c/'), imp('c/', 'a/'), imp('c/', 'd/')];
    expect(folderCycles(loop)).toEqual([['a/', 'b/', 'c/']]);
    expect(describeCycle(['a/', 'b/', 'c/'], loop)).toContain('e.g. a/ -> b/ -> c/ -> a/:\n  a/ -> b/: a/x.ts imports b/y.ts');
    expect(folderCycles([imp('a/', 'b/'), imp('b/', 'c/'), imp('a/', 'c/')])).toEqual([]);
  });
});
