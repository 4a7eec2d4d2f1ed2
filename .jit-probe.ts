// Probe (not committed): graphql-js execute vs graphql-jit on the entity-detail document, no database.
import { createRequire } from 'node:module';
import { execute, parse } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { loadTypeDefs, resolvers } from './api/src/graph/index.ts';
import { encodeEntity, encodeSource } from './api/src/db/storedProps.ts';
import { readDataset } from './api/src/ingest/read/readDataset.ts';
import { SEED_PATH } from './test-utils/testDatabase.ts';
const { compileQuery, isCompiledQuery } = createRequire('/tmp/jit/')('graphql-jit');

const read = await readDataset(SEED_PATH);
if (!read.ok) throw new Error('seed');
const e = read.dataset.entities.find((x) => x.id === 'person:sirirurg-songsivilai')!;
const sourceIds = new Set(e.citations.map((c) => c.source));
const sources = read.dataset.sources.filter((s) => sourceIds.has(s.id)).map((s) => ({ ...encodeSource(s as never, []), text: null }));
const row = { entity: { node: { ...encodeEntity(e as never, []), text: null }, sources, links: [] } };
const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
const doc = parse(`query EntityDetail($id: ID!) {
  entity(id: $id) { ...NodeFields citations { quote about source { id title url } } }
} fragment NodeFields on Entity { id kind countryCode names { th en zh } aliases properties { key value lang } }`);
const ctx = () => ({ db: { readCompiled: async () => [row] }, stats: { roundTrips: 0 } });
const vars = { id: e.id };
const compiled = compileQuery(schema, doc, 'EntityDetail');
if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
const a = JSON.stringify(await execute({ schema, document: doc, contextValue: ctx(), variableValues: vars }));
const b = JSON.stringify(await compiled.query(undefined, ctx(), vars));
console.log("same answer:", a === b, a.length); if (a !== b) { console.log(a); console.log(b); process.exit(0); }
async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 3000; i++) await run();
  const n = 20000;
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await run();
  const used = process.cpuUsage(start);
  console.log(`${label}: ${((used.user + used.system) / n).toFixed(1)} µs CPU per execution`);
}
for (let round = 0; round < 2; round++) {
  await time('graphql-js execute', () => Promise.resolve(execute({ schema, document: doc, contextValue: ctx(), variableValues: vars })));
  await time('graphql-jit        ', () => Promise.resolve(compiled.query(undefined, ctx(), vars)));
}
