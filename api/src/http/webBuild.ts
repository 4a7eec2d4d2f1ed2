import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) t = Math.max(t, statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** Builds the viewer and GraphiQL with Vite when dist/ is missing or older than viewer/. */
export function ensureWebBuild(webRoot: string, log: (line: string) => void = console.log): void {
  const marker = path.join(webRoot, 'graphiql', 'index.html');
  const sources = path.join(REPO_ROOT, 'viewer');
  // A runtime image carries the build but not the viewer's sources: the build is what there is.
  if (existsSync(marker) && (!existsSync(sources) || statSync(marker).mtimeMs >= newest(sources))) return;
  log('Building the web viewer and GraphiQL with Vite…');
  const vite = path.join(REPO_ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'error'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`The Vite build failed (exit code ${result.status}); run \`npm run build:web\` to see why.`);
}
