import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../errors.ts';
import { accessControlPlugin } from './accessControl.ts';
import type { GraphContext } from './context.ts';
import { loadTypeDefs, resolvers } from './index.ts';
import { costLimitPlugin, DEFAULT_COST_BUDGET } from './costLimit.ts';
import { compiledExecutionGateway } from './compiledExecution.ts';
import { queryLimitRules } from './documentLimits.ts';

/**
 * Normalises any error that leaves the API: our own errors and GraphQL's own (syntax,
 * validation, argument coercion) keep their code; everything else becomes
 * INTERNAL_SERVER_ERROR, with its message only outside production. Never throws.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // Apollo wraps an error of ours thrown outside a resolver (a plugin, the context) in a GraphQLError of its own.
    const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError ? unwrapped.originalError : unwrapped;
    if (original instanceof AppError) {
      const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
      return { ...formatted, message: original.message, extensions: { ...extensions, code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.Internal) {
      return { ...formatted, extensions: { code } };
    }
    return {
      message: production ? 'Internal server error.' : `Internal server error: ${(original as Error)?.message ?? String(original)}`,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.Internal },
    };
  };
}

/**
 * The most tokens a document may have. The viewer's largest operation has about 340 with its
 * fragments, GraphiQL's introspection query about 180, thirty aliased neighbourhoods about 800.
 * Validation time grows with it: `__typename` repeated to the limit blocked the event loop for
 * about 130 ms at 5,000 tokens (bench/src/floodDocuments.ts).
 */
export const MAX_TOKENS = 2_000;

/** Creates the Apollo Server of the API; it knows nothing of HTTP frameworks. */
export function createApolloServer(options: {
  production: boolean;
  introspection?: boolean;
  /** Whether reads need an API key; mutations always need the editor role. */
  readAccess?: 'open' | 'key';
  plugins?: ApolloServerPlugin<GraphContext>[];
  /** The highest estimated cost of one operation (`QUERY_COST_BUDGET`). */
  costBudget?: number;
}): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    // The schema Apollo would build from these, executed by compiled queries (compiledExecution.ts).
    gateway: compiledExecutionGateway(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never })),
    formatError: formatError(options.production),
    includeStacktraceInErrorResponses: false,
    // As Apollo Server's own default: a production server does not describe its schema unless asked to.
    introspection: options.introspection ?? !options.production,
    // No "Did you mean …?" suggestions in production: they would spell out the schema field by field.
    hideSchemaDetailsFromClientErrors: options.production,
    // Automatic persisted queries: no client sends them, and each would be one more cache entry a stranger fills.
    persistedQueries: false,
    validationRules: queryLimitRules(),
    // Caps the size of a document before any work is done on it.
    parseOptions: { maxTokens: MAX_TOKENS },
    // server.ts owns shutdown (HTTP, then Apollo, then the driver and the local Neo4j).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      accessControlPlugin(options.readAccess ?? 'open'),
      costLimitPlugin(options.costBudget ?? DEFAULT_COST_BUDGET),
      // Apollo's default cache-control plugin wraps every field resolver to compute cache hints;
      // the schema declares none and answers are never cached, so it was pure per-field cost.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.plugins ?? []),
    ],
  });
}
