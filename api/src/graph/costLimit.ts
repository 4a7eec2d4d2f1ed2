import type { ApolloServerPlugin } from '@apollo/server';
import { QueryTooCostly } from '../errors.ts';
import type { GraphContext } from './context.ts';
import { operationCost } from './documentCost.ts';

/** The default budget of one request: about twice the viewer's heaviest operation (its opening network, two neighbourhoods of 5,000 nodes, 1.03 million). */
export const DEFAULT_COST_BUDGET = 2_500_000;

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
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > budget) throw new QueryTooCostly(cost, budget);
        },
      };
    },
  };
}
