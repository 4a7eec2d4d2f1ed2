import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './config.ts';
import { freePort, type LocalNeo4jHandle, startLocalNeo4j } from './db/localNeo4j.ts';

let binDir: string;

/** Runs `npm start`'s entry point with a given environment; resolves with its exit code and output. */
function start(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api/src/main.ts')], { cwd: REPO_ROOT, env });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Starts the entry point and resolves `ready` with the output once it prints "Ready.". */
function startUntilReady(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api/src/main.ts')], { cwd: REPO_ROOT, env });
  let output = '';
  let onReady: (text: string) => void = () => {};
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  const collect = (c: Buffer) => {
    output += c.toString();
    if (output.includes('Ready.')) onReady(output);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exit = new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  void exit.then(() => onReady(output));
  return { child, ready, exit };
}

beforeAll(async () => {
  // A PATH that has Node but no Java and no Maven.
  binDir = await mkdtemp(path.join(os.tmpdir(), 'kg-bin-'));
  await symlink(process.execPath, path.join(binDir, 'node'));
});
afterAll(() => rm(binDir, { recursive: true, force: true }));

describe('npm start fails clearly', () => {
  it('without Java: names the problem and the two other ways to run', async () => {
    const { code, output } = await start({
      PATH: binDir,
      HOME: os.tmpdir(),
      PORT: String(await freePort()),
      LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(output).toContain('Java 17 or newer is needed');
    expect(output).toContain('NEO4J_URI=bolt://');
    expect(output).toContain('docker compose up');
  });

  it('when NEO4J_URI cannot be reached and NEO4J_WAIT=false: names the URI and the fix, and exits 1', async () => {
    const port = await freePort();
    const { code, output } = await start({
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_PASSWORD: 'whatever',
      NEO4J_WAIT: 'false',
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(output).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${port}`);
    expect(output).toContain('NEO4J_URI');
  });
});

describe('npm start with no configuration', () => {
  it('starts the local Neo4j, loads the seed and the atlas once, stops cleanly on Ctrl-C and keeps the data', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-start-'));
    const env = { ...process.env, NEO4J_URI: '', LOCAL_NEO4J_DATA_DIR: dataDir, LOCAL_NEO4J_HEAP: '512m' };
    try {
      for (const expected of [/Loaded the seed dataset: \d+ nodes/, /Database holds \d+ nodes/]) {
        const port = await freePort();
        const run = startUntilReady({ ...env, PORT: String(port), LOCAL_NEO4J_BOLT_PORT: String(await freePort()) });
        const output = await run.ready;
        expect(output).toMatch(expected);
        if (expected.source.startsWith('Loaded')) expect(output).toMatch(/Loaded data\/atlas: \d+ nodes, \d+ relationships/);
        expect(output).toContain(`GraphiQL  http://localhost:${port}/graphiql`);
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ entity(id: "agency:crtdc") { name } }' }),
        });
        expect((await res.json()).data.entity.name).toBe('China Rural Technology Development Center');
        run.child.kill('SIGINT');
        const { code, output: all } = await run.exit;
        expect(code).toBe(0);
        expect(all).toContain('Stopped.');
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

/** Sends the headers and the first half of a GraphQL POST on a raw connection; `finish` sends the rest and resolves with the response. */
async function halfSentRequest(port: number, query: string) {
  const body = JSON.stringify({ query });
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (c: Buffer) => (received += c.toString()));
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  socket.on('error', () => {});
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
  );
  socket.write(body.slice(0, 10));
  return {
    finish: () => {
      socket.write(body.slice(10));
      return closed;
    },
    closed,
  };
}

describe('npm start as a service', () => {
  it('starts while Neo4j is down (not ready, with the reason), connects when it comes up, and drains requests on SIGTERM', async () => {
    const boltPort = await freePort();
    const apiPort = await freePort();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-late-'));
    const password = 'late-neo4j-password';
    const base = `http://127.0.0.1:${apiPort}`;
    let neo4j: LocalNeo4jHandle | undefined;
    const run = startUntilReady({
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      NEO4J_PASSWORD: password,
      PORT: String(apiPort),
      SHUTDOWN_GRACE_MS: '3000',
    });
    try {
      let readyz: Response | undefined;
      for (let i = 0; i < 100 && !readyz; i++) {
        readyz = await fetch(`${base}/readyz`).catch(() => undefined);
        if (!readyz) await new Promise((r) => setTimeout(r, 200));
      }
      expect(readyz?.status).toBe(503);
      // Callers learn only that the database cannot be reached; its address goes to the log.
      expect(await readyz?.json()).toEqual({ status: 'not ready', reason: 'the database cannot be reached' });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const early = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "agency:crtdc") { id } }' }),
      });
      expect(early.status).toBe(503);
      expect((await early.json()).errors[0]).toEqual({
        message: 'The database is not ready yet; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });

      neo4j = await startLocalNeo4j({ dataDir, boltPort, password, heap: '512m', pageCache: '64m' });
      const output = await run.ready;
      expect(output).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${boltPort}`);
      expect(output).toContain('Loaded the seed dataset');
      expect((await (await fetch(`${base}/readyz`)).json()).status).toBe('ready');

      // One request in flight (its body half sent) and one that never finishes its body.
      const query = '{ entity(id: "agency:crtdc") { name } }';
      const inFlight = await halfSentRequest(apiPort, query);
      const stuck = await halfSentRequest(apiPort, query);
      await new Promise((r) => setTimeout(r, 300));
      run.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
      const response = await inFlight.finish();
      expect(response).toMatch(/^HTTP\/1.1 200/);
      expect(response).toContain('China Rural Technology Development Center');
      const { code, output: all } = await run.exit;
      expect(code).toBe(0);
      expect(all).toContain('HTTP: closed 1 connection(s) still busy after 3000 ms.');
      expect(all).toContain('Stopped.');
      expect(await stuck.closed).toBe('');
    } finally {
      run.child.kill('SIGKILL');
      await neo4j?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('docker-compose.yml', () => {
  // Docker Compose v2 (`docker compose`) where installed, else Debian's `docker-compose`.
  const compose = [['docker', 'compose'], ['docker-compose']].find(([cmd, ...args]) => {
    try {
      execFileSync(cmd as string, [...args, 'version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });

  it.skipIf(!compose)('is valid for `docker compose config`, with Neo4j 5.26 Community and the API', () => {
    const [cmd, ...args] = compose as string[];
    const file = path.join(REPO_ROOT, 'docker-compose.yml');
    const env = { PATH: process.env.PATH, NEO4J_PASSWORD: 'a-password-of-our-own' };
    const json = parse(execFileSync(cmd as string, [...args, '-f', file, 'config'], { encoding: 'utf8', env }));
    expect(json.services.neo4j.image).toBe('neo4j:5.26.30-community');
    expect(json.services.neo4j.environment.NEO4J_AUTH).toBe('neo4j/a-password-of-our-own');
    expect(json.services.api.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_PASSWORD: 'a-password-of-our-own',
      NODE_ENV: 'production',
      INTROSPECTION: 'false',
      GRAPHIQL: 'false',
    });
    expect(json.services.api.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it.skipIf(!compose)('refuses to start without NEO4J_PASSWORD: there is no default password', () => {
    const [cmd, ...args] = compose as string[];
    const file = path.join(REPO_ROOT, 'docker-compose.yml');
    let message = '';
    try {
      execFileSync(cmd as string, [...args, '-f', file, 'config'], { encoding: 'utf8', env: { PATH: process.env.PATH }, stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr?: string }).stderr);
    }
    expect(message).toContain('Set NEO4J_PASSWORD');
    expect(readFileSync(file, 'utf8')).not.toContain('local-neo4j-password');
  });

  it('runs the API as a non-root user on a supported Node LTS, from production dependencies, without .env', async () => {
    const dockerfile = await readFile(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24\.\d+\.\d+-bookworm-slim$/m);
    expect(dockerfile).not.toMatch(/node:20/);
    expect(dockerfile).toContain('npm ci --omit=dev --ignore-scripts');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "api\/src\/main.ts"\]$/m);
    expect(dockerfile).toMatch(/^COPY api\/src .\/api\/src$/m);
    const ignored = (await readFile(path.join(REPO_ROOT, '.dockerignore'), 'utf8')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.env.*', '.data', 'node_modules']));
  });
});
