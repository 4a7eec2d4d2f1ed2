/**
 * How long one cheap-looking document blocks the event loop: each document of the list (all
 * within the 64 KiB document cap) goes through the production Apollo server of this checkout
 * (parse with its token cap, validation with its rules, the cost check, execution), in this
 * process, no database; each run carries a new comment, so that Apollo's document cache does not
 * help, and is sent until it is compiled (api/src/graph/compiledExecution.ts, after
 * COMPILE_AFTER_RUNS executions). Prints per document the answer, the median and longest time of
 * the first sending and of the one that compiles, and the event loop's longest delay over the
 * whole run (perf_hooks.monitorEventLoopDelay).
 *
 *   node bench/src/floodDocuments.ts [--runs 10]
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getIntrospectionQuery } from 'graphql';
import { createApolloServer } from '../../api/src/graph/apolloServer.ts';
import { COMPILE_AFTER_RUNS } from '../../api/src/graph/compiledExecution.ts';
import { median } from './stats.ts';

const fragmentChain = (levels: number, width: number) =>
  `{ ...F0 }\n${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${`...F${i + 1} `.repeat(width)}}`).join('\n')}\nfragment F${levels} on Query { __typename }`;

/** The documents, named for the table. */
const DOCUMENTS: [string, string][] = [
  ["GraphiQL's introspection query (for comparison)", getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })],
  ['`__typename` repeated 4,990 times (5,000 tokens)', `{${' __typename'.repeat(4_990)} }`],
  ['`__typename` repeated 1,990 times (2,000 tokens)', `{${' __typename'.repeat(1_990)} }`],
  ['1,660 aliases of `__typename` (5,000 tokens)', `{${Array.from({ length: 1_660 }, (_, i) => ` a${i}: __typename`).join('')} }`],
  ['660 aliases of `__typename` (2,000 tokens)', `{${Array.from({ length: 660 }, (_, i) => ` a${i}: __typename`).join('')} }`],
  ['`name` repeated 2,400 times in one entity', `{ entity(id: "a:b") {${' name'.repeat(2_400)} } }`],
  [
    '30 aliased `entity` lookups (the alias limit), each with nested typed fields',
    `{${Array.from({ length: 30 }, (_, i) => ` e${i}: entity(id: "a:${i}") { id name ... on Agency { parent { entity { id name } } people { title { en } person { id name } } } }`).join('')} }`,
  ],
  ['fragments doubling, 16 levels', fragmentChain(16, 2)],
  ['fragments doubling, 40 levels', fragmentChain(40, 2)],
  ['fragments tripling, 10 levels', fragmentChain(10, 3)],
];

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt === -1 ? 10 : Number(process.argv[runsAt + 1]);
  const apollo = createApolloServer({ production: true, introspection: true });
  await apollo.start();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  console.log('| document | characters | answer | median ms | longest ms | sending that compiles: median ms | longest ms |');
  console.log('|---|---:|---|---:|---:|---:|---:|');
  for (const [name, text] of DOCUMENTS) {
    const times: [number[], number[]] = [[], []];
    let answer = '';
    for (let run = 0; run < runs; run++) {
      const query = `# ${run}-${Math.random()}\n${text}`;
      for (let sending = 0; sending <= COMPILE_AFTER_RUNS; sending++) {
        const started = performance.now();
        try {
          const response = await apollo.executeOperation({ query }, { contextValue: {} as never });
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const error = result?.errors?.[0];
          answer = error ? `${String(error.extensions?.code)}: ${error.message.slice(0, 60)}` : 'data';
        } catch (e) {
          answer = `threw ${(e as Error).name}: ${(e as Error).message.slice(0, 60)}`;
        }
        if (sending === 0) times[0].push(performance.now() - started);
        if (sending === COMPILE_AFTER_RUNS) times[1].push(performance.now() - started);
        // Lets the event loop turn between runs, so its delay monitor sees each block on its own.
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    const [first, second] = times.map((t) => [median(t).toFixed(1), Math.max(...t).toFixed(1)]) as [string[], string[]];
    console.log(`| ${name} | ${text.length.toLocaleString('en')} | ${answer} | ${first.join(' | ')} | ${second.join(' | ')} |`);
  }
  delay.disable();
  console.log(
    `\nLongest event-loop delay over the run: ${(delay.max / 1e6).toFixed(0)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms).`,
  );
  await apollo.stop();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
