import type { ApolloServer } from '@apollo/server';
import type { Executor } from '../api/src/db/executor.ts';
import { createGraphContext, type GraphContext } from '../api/src/graph/context.ts';

/** Runs an operation in-process and returns its data, errors and the Cypher round trips it cost. */
export async function runOperation(
  apollo: ApolloServer<GraphContext>,
  executor: Executor,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const context = createGraphContext(executor);
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data: data as Record<string, any>, errors, roundTrips: context.stats.roundTrips };
}
