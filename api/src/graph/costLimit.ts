import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { QueryTooCostly } from '../errors.ts';
import type { GraphContext } from './context.ts';
import { costVariables, operationCost } from './documentCost.ts';

/** The default budget of one request: about twice the viewer's heaviest operation (its opening network, two neighbourhoods of 5,000 nodes, 1.03 million). */
export const DEFAULT_COST_BUDGET = 2_500_000;

/** Costs remembered per operation: beyond this many combinations of its variables' values, it starts again. */
const COSTS_PER_OPERATION = 64;

interface RememberedCosts {
  readonly schema: GraphQLSchema;
  /** The variables the cost reads (`costVariables`). */
  readonly names: readonly string[];
  /** Cost by the values of those variables. */
  readonly costs: Map<string, number>;
}

// Apollo Server parses a document once and keeps it (its document store), so the same operation
// node comes back with every request that sends the same text. Walking the document cost about 3 %
// of the CPU of an entity-detail request; a lookup by the values of the few variables it reads does not.
const remembered = new WeakMap<OperationDefinitionNode, RememberedCosts>();

/** `operationCost`, computed once per operation node and values of the variables it reads. */
export function rememberedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): number {
  let entry = remembered.get(operation);
  if (!entry || entry.schema !== schema) {
    entry = { schema, names: costVariables(document, operation), costs: new Map() };
    remembered.set(operation, entry);
  }
  // A variable left out (its default applies) is told apart from one given as null.
  const key = entry.names.map((n) => (n in variables ? JSON.stringify(variables[n]) : '-')).join(',');
  let cost = entry.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operation, variables);
    if (entry.costs.size >= COSTS_PER_OPERATION) entry.costs.clear();
    entry.costs.set(key, cost);
  }
  return cost;
}

/**
 * Refuses an operation whose estimated cost (`operationCost`, from the document and its
 * variables) is over `budget`, once the operation is known and before anything runs.
 */
export function costLimitPlugin(budget: number): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = rememberedOperationCost(schema, document, operation, request.variables ?? {});
          if (cost > budget) throw new QueryTooCostly(cost, budget);
        },
      };
    },
  };
}
