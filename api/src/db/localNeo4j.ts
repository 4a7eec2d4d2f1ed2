import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';

const PROJECT = path.join(REPO_ROOT, 'neo4j');
const MAIN_CLASS = 'org.thaichina.neo4j.LocalNeo4j';
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
];

const ALTERNATIVES =
  'or use one of the other two ways to run:\n' +
  '  • point at an existing Neo4j 5: NEO4J_URI=bolt://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=… npm start\n' +
  '  • run Neo4j and the API with Docker: docker compose up';

/** Java or Maven is missing: the local Neo4j cannot be built or run. */
export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
}

/** A running local Neo4j. */
export interface LocalNeo4jHandle {
  readonly uri: string;
  /** The server's process id (its CPU time is read from /proc by the benchmark). */
  readonly pid: number | undefined;
  /** Stops the server cleanly (it flushes and closes the store), waiting for the process to end. */
  stop(): Promise<void>;
}

/** Options of one local server. */
export interface LocalNeo4jOptions {
  readonly dataDir: string;
  readonly boltPort: number;
  readonly password: string;
  readonly heap?: string;
  readonly pageCache?: string;
  readonly log?: (line: string) => void;
}

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Whether the Maven build output is missing or older than the project's sources. */
export function localNeo4jNeedsBuild(): boolean {
  const marker = path.join(PROJECT, 'target', 'classes', ...MAIN_CLASS.split('.')) + '.class';
  const lib = path.join(PROJECT, 'target', 'lib');
  if (!existsSync(marker) || !existsSync(lib)) return true;
  const built = statSync(marker).mtimeMs;
  return Math.max(statSync(path.join(PROJECT, 'pom.xml')).mtimeMs, newestMtime(path.join(PROJECT, 'src'))) > built;
}

/** Builds the launcher with Maven if needed (the first run downloads Neo4j from Maven Central). */
export function ensureLocalNeo4jBuilt(log: (line: string) => void = console.log): void {
  if (!hasCommand('java', ['-version'])) {
    throw new JavaMissingError(
      `Java 17 or newer is needed to run the local Neo4j, and \`java\` was not found.\nInstall a JDK 17+ and Maven, ${ALTERNATIVES}`,
    );
  }
  if (!localNeo4jNeedsBuild()) return;
  if (!hasCommand('mvn', ['-v'])) {
    throw new JavaMissingError(
      `Maven is needed once to build the local Neo4j (neo4j/), and \`mvn\` was not found.\nInstall Maven 3.8+, ${ALTERNATIVES}`,
    );
  }
  log('Building the local Neo4j 5.26 launcher with Maven (first run downloads it from Maven Central)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(PROJECT, 'pom.xml'), 'package', '-DskipTests'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`Building neo4j/ with Maven failed (exit code ${result.status}).`);
}

/** Finds a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Fails early, with a clear message, when the Bolt port is taken. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(new Error(`Port ${port} on 127.0.0.1 is in use; set LOCAL_NEO4J_BOLT_PORT to a free port, or stop what uses it.`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** Starts the embedded Neo4j and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const log = options.log ?? (() => {});
  await assertPortFree(options.boltPort);
  mkdirSync(options.dataDir, { recursive: true });
  const classpath = [path.join(PROJECT, 'target', 'classes'), path.join(PROJECT, 'target', 'lib', '*')].join(path.delimiter);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      ...JVM_FLAGS,
      '-cp',
      classpath,
      MAIN_CLASS,
      '--data',
      options.dataDir,
      '--port',
      String(options.boltPort),
      '--pagecache',
      options.pageCache ?? '256m',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_PASSWORD: options.password } },
  );
  const uri = await waitForReady(child, log);
  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        // Closing stdin asks the launcher to shut Neo4j down cleanly.
        child.stdin?.end();
      });
      return stopping;
    },
  };
}

function waitForReady(child: ChildProcess, log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The local Neo4j did not start within 180 s.\n${tail.join('\n')}`));
    }, 180_000);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /READY (bolt:\/\/\S+)/.exec(buffer);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        log(line);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The local Neo4j exited during start (code ${code}).\n${tail.join('\n')}`));
    });
  });
}
