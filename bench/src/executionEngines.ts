/**
 * The GraphQL execution engine, measured on its own: the peer benchmark's operations run
 * in-process over the API's schema and resolvers (the real executor, over a real Neo4j), once
 * with graphql-js's `execute` (what Apollo Server runs) and once with a query compiled by
 * graphql-jit, both answers checked equal first. Each engine runs the operation sequentially in
 * batches, the engines alternating batch by batch; the figure is this process's CPU time
 * (user + system) per operation, median of the batches. Everything but the engine (the driver,
 * decoding, the resolvers) is the same on both sides, so the difference is the engine's.
 *
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… node bench/src/executionEngines.ts [--batches 5] [--size 200]
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { type DocumentNode, execute, type ExecutionResult, parse, validate } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../api/src/config.ts';
import { createDriver } from '../../api/src/db/driver.ts';
import { Executor } from '../../api/src/db/executor.ts';
import { loadQueryRegistry } from '../../api/src/db/queryRegistry.ts';
import { createGraphContext } from '../../api/src/graph/context.ts';
import { loadTypeDefs, resolvers } from '../../api/src/graph/index.ts';
import { benchCypher } from './benchCypher.ts';
import { peerOperations, type PeerSamples } from './peerOperations.ts';
import { median } from './stats.ts';

const { values } = parseArgs({ options: { batches: { type: 'string', default: '5' }, size: { type: 'string', default: '200' } } });
const batches = Number(values.batches);
const size = Number(values.size);

type Run = (document: DocumentNode, variables: Record<string, unknown>) => Promise<ExecutionResult>;

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.target.mode !== 'external') throw new Error('Set NEO4J_URI to the Neo4j to measure.');
  const driver = createDriver(config.neo4j.target.uri, config.neo4j.user, config.neo4j.password);
  const executor = new Executor(driver, loadQueryRegistry(), { database: config.neo4j.database, timeoutMs: 120_000 });
  try {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const samples = (await session.executeRead((tx) => tx.run(benchCypher('peerSamples')))).records[0]?.toObject() as PeerSamples;
    await session.close();
    const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
    const compiled = new Map<DocumentNode, CompiledQuery | ExecutionResult>();
    const engines: Record<'graphql-js' | 'graphql-jit', Run> = {
      'graphql-js': async (document, variableValues) =>
        execute({ schema, document, variableValues, contextValue: createGraphContext(executor) }),
      'graphql-jit': async (document, variables) => {
        let query = compiled.get(document);
        if (!query) compiled.set(document, (query = compileQuery(schema, document)));
        if (!isCompiledQuery(query)) throw new Error(`graphql-jit could not compile: ${JSON.stringify(query.errors)}`);
        return query.query(undefined, createGraphContext(executor), variables) as Promise<ExecutionResult>;
      },
    };
    console.log(`| operation | graphql-js CPU ms/op | graphql-jit CPU ms/op | jit ÷ js |`);
    console.log(`|---|---:|---:|---:|`);
    for (const op of peerOperations(samples)) {
      const document = parse(op.ours.query);
      const invalid = validate(schema, document);
      if (invalid.length) throw new Error(`${op.label}: ${invalid.map((e) => e.message).join('; ')}`);
      const answers = [];
      for (const run of Object.values(engines)) {
        const result = await run(document, op.ours.variables);
        if (result.errors?.length) throw new Error(`${op.label}: ${result.errors.map((e) => e.message).join('; ')}`);
        answers.push(JSON.parse(JSON.stringify(result.data)));
      }
      if (!isDeepStrictEqual(answers[0], answers[1])) throw new Error(`${op.label}: the engines' answers differ.`);
      const cpu: Record<string, number[]> = { 'graphql-js': [], 'graphql-jit': [] };
      for (const name of Object.keys(engines) as (keyof typeof engines)[])
        for (let i = 0; i < 20; i++) await engines[name](document, op.ours.variables);
      for (let b = 0; b < batches; b++) {
        const order = b % 2 === 0 ? (['graphql-js', 'graphql-jit'] as const) : (['graphql-jit', 'graphql-js'] as const);
        for (const name of order) {
          const before = process.cpuUsage();
          for (let i = 0; i < size; i++) await engines[name](document, op.ours.variables);
          const used = process.cpuUsage(before);
          cpu[name]?.push((used.user + used.system) / 1000 / size);
        }
      }
      const js = median(cpu['graphql-js'] ?? []);
      const jit = median(cpu['graphql-jit'] ?? []);
      console.log(`| ${op.label} | ${js.toFixed(3)} | ${jit.toFixed(3)} | ${(jit / js).toFixed(2)} |`);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
