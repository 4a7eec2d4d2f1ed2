import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config.ts';

/** Whether this checkout has the dataset generator (`npm run generate`). */
export function hasGenerator(): boolean {
  const scripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  return typeof scripts?.generate === 'string';
}

/**
 * Generates a synthetic dataset in the import format with `npm run generate`, unless `out`
 * already holds one from an earlier run with the same size and seed.
 */
export async function generateDataset(size: string, seed: number, out: string, log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(out, '.complete'))) {
    log(`  using the ${size} dataset generated earlier in ${out}`);
    return;
  }
  if (!hasGenerator()) {
    throw new Error(
      `The ${size} dataset needs the generator (npm run generate), which this checkout does not have; pass --dataset ${size}=<folder> or --sizes seed.`,
    );
  }
  log(`  generating the ${size} dataset (seed ${seed}) into ${out}…`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', '--silent', 'generate', '--', '--size', size, '--out', out, '--seed', String(seed)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`npm run generate failed for ${size} (exit code ${code}).`);
  writeFileSync(path.join(out, '.complete'), `${size} ${seed}\n`);
}
