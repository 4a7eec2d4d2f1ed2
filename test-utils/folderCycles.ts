import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One import that crosses from one folder of a source tree to another. */
export interface FolderImport {
  readonly from: string;
  readonly to: string;
  /** The importing file and the imported one, relative to the tree. */
  readonly file: string;
  readonly imported: string;
}

/** The product files of a tree: TypeScript, tests left out (a test may wire up the whole stack). */
function productFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/** The folder a file belongs to: its first folder under the tree's root, or the root file itself. */
function folderOf(root: string, file: string): string {
  const [first = '', ...rest] = path.relative(root, file).split(path.sep);
  return rest.length > 0 ? `${first}/` : first;
}

/**
 * Every import between two different folders of a tree (`api/src`: `db/`, `graph/`, … and each
 * root file such as `main.ts` on its own), read with the TypeScript compiler's import scanner, so
 * `import type`, re-exports and dynamic imports count too.
 */
export function folderImports(root: string): FolderImport[] {
  const out: FolderImport[] = [];
  for (const file of productFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), fileName);
      if (path.relative(root, target).startsWith('..')) continue; // outside the tree (common/, …)
      const from = folderOf(root, file);
      const to = folderOf(root, target);
      if (from !== to) out.push({ from, to, file: path.relative(root, file), imported: path.relative(root, target) });
    }
  }
  return out;
}

/** The groups of folders that import each other, directly or round about (Tarjan's strongly connected components of two or more). */
export function folderCycles(imports: readonly FolderImport[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)?.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return groups;
}

/** The shortest loop of folders inside a group, as a path that ends where it starts. */
function shortestLoop(group: readonly string[], imports: readonly FolderImport[]): string[] {
  const inGroup = imports.filter((i) => group.includes(i.from) && group.includes(i.to));
  let best: string[] = [];
  for (const start of group) {
    // Breadth first from `start` until an import leads back to it.
    const previous = new Map<string, string>([[start, '']]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head] as string;
      const back = inGroup.find((i) => i.from === at && i.to === start);
      if (back) {
        const loop = [start];
        for (let v = at; v !== start; v = previous.get(v) as string) loop.splice(1, 0, v);
        if (best.length === 0 || loop.length + 1 < best.length) best = [...loop, start];
        break;
      }
      for (const i of inGroup) {
        if (i.from === at && !previous.has(i.to)) {
          previous.set(i.to, at);
          queue.push(i.to);
        }
      }
    }
  }
  return best;
}

/** A group of folders that import each other, for a failure message: its shortest loop and the imports along it. */
export function describeCycle(group: readonly string[], imports: readonly FolderImport[]): string {
  const loop = shortestLoop(group, imports);
  const steps = loop.slice(1).map((to, k) => {
    const from = loop[k] as string;
    const along = imports.filter((i) => i.from === from && i.to === to).map((i) => `${i.file} imports ${i.imported}`);
    return `  ${from} -> ${to}: ${[...new Set(along)].join('; ')}`;
  });
  return `folders ${group.join(', ')} import each other, e.g. ${loop.join(' -> ')}:\n${steps.join('\n')}`;
}
