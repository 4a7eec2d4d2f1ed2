import type { TestProject } from 'vitest/node';
import { loadConfig } from '../api/src/config.ts';
import { ensureWebBuild } from '../api/src/http/webBuild.ts';
import { startTestNeo4j, type TestNeo4j } from './testNeo4j.ts';

export type { TestNeo4j } from './testNeo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Starts (or finds) the Neo4j of the integration tests and applies the schema once. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureWebBuild(loadConfig().webRoot, () => {});
  const neo4j = await startTestNeo4j();
  project.provide('neo4j', neo4j.target);
  return () => neo4j.stop();
}
