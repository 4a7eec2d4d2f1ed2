import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config.ts';

/** The machine and software a benchmark ran on. */
export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryBytes: number;
  readonly os: string;
  readonly node: string;
  readonly java: string;
  readonly neo4j: string;
  /** The 1-minute load average when the run started: other work on a shared machine shows here. */
  readonly loadAverage: number;
}

/** Describes this machine: cores, memory, Node, Java and the local Neo4j's version (from `neo4j/pom.xml`). */
export function machineInfo(): MachineInfo {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const pom = readFileSync(path.join(REPO_ROOT, 'neo4j', 'pom.xml'), 'utf8');
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: (java.stderr || java.stdout || '').split('\n')[0]?.trim() || 'unknown',
    neo4j: /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown',
    loadAverage: os.loadavg()[0] ?? 0,
  };
}
