import type { ApolloServer } from '@apollo/server';
import type { Executor, QueryStats, Tx } from '../../api/src/db/executor.ts';
import type { CompiledRead, ReadName } from '../../api/src/db/executor.ts';
import type { QueryName } from '../../api/src/db/queryRegistry.ts';
import { createGraphContext, type GraphContext } from '../../api/src/graph/context.ts';

/**
 * One query an operation ran, with its parameters exactly as the resolvers built them: a named
 * query of the registry, or a compiled read with its text.
 */
export interface QueryCall {
  readonly name: QueryName | ReadName;
  readonly params: Record<string, unknown>;
  /** The Cypher of a compiled read (a named query's text is in the registry). */
  readonly text?: string;
}

/** An operation's answer and every Cypher round trip it made. */
export interface CapturedOperation {
  readonly data: Record<string, any> | null | undefined;
  readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
  readonly calls: readonly QueryCall[];
}

/** The executor, noting each query it is asked to run (and through every per-request copy of it). */
function recording(executor: Executor, calls: QueryCall[]): Executor {
  const note = (name: QueryName, params: Record<string, unknown> = {}) => calls.push({ name, params: structuredClone(params) });
  const noteCompiled = (read: CompiledRead) =>
    calls.push({ name: read.name, params: structuredClone({ ...read.params }), text: read.text });
  return new Proxy(executor, {
    get(target, prop) {
      switch (prop) {
        case 'withStats':
          return (stats: QueryStats) => recording(target.withStats(stats), calls);
        case 'read':
        case 'write':
          return (name: QueryName, params?: Record<string, unknown>) => {
            note(name, params);
            return target[prop](name, params);
          };
        case 'readCompiled':
          return (read: CompiledRead) => {
            noteCompiled(read);
            return target.readCompiled(read);
          };
        case 'readTransaction':
          return <T>(work: (tx: Tx) => Promise<T>) =>
            target.readTransaction((tx) =>
              work({
                run: (name, params) => {
                  note(name, params);
                  return tx.run(name, params);
                },
              }),
            );
        default: {
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
      }
    },
  });
}

/**
 * Runs an operation in-process, as the HTTP layer would, and records the named queries it
 * ran: their number is the operation's round trips, and the baseline replays them verbatim.
 */
export async function captureQueries(
  apollo: ApolloServer<GraphContext>,
  executor: Executor,
  query: string,
  variables: Record<string, unknown>,
): Promise<CapturedOperation> {
  const calls: QueryCall[] = [];
  const response = await apollo.executeOperation({ query, variables }, { contextValue: createGraphContext(recording(executor, calls)) });
  if (response.body.kind !== 'single') throw new Error('expected a single GraphQL result');
  const { data, errors } = response.body.singleResult;
  return { data: data as Record<string, any> | null | undefined, errors: errors as CapturedOperation['errors'], calls };
}
