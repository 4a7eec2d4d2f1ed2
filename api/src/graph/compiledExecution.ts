/*
 * Executes operations with queries compiled by graphql-jit instead of graphql-js's `execute`,
 * plugged into Apollo Server through its gateway interface (the one hook it has for another
 * executor): Apollo still parses, validates, applies the plugins (access, cost) and formats
 * errors; only execution changes. Measured in-process on the peer operations
 * (`bench/src/executionEngines.ts`), a compiled query spent 17–40% less CPU per operation
 * wherever an answer has more than a handful of fields.
 *
 * A document is compiled once it has run COMPILE_AFTER_RUNS times with graphql-js. Compiling
 * costs far more than one execution (a document at the alias limit, 30 aliased entities with
 * nested typed fields, took about 39 ms against 9 ms for its execution with graphql-js,
 * `bench/src/floodDocuments.ts`), so a client sending ever-new documents gets no compilation,
 * and one that repeats each document just enough pays it spread over that many requests.
 * Compiled queries are kept per document object, which Apollo's own document cache holds, so
 * they go when it drops the document.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  type GraphQLError as GraphQLErrorType,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Executions of a document with graphql-js before it is compiled. */
export const COMPILE_AFTER_RUNS = 10;

/** Per document: how often it ran before it was compiled, then its compiled query per operation name. */
interface DocumentEntry {
  runs: number;
  readonly compiled: Map<string, CompiledQuery | ExecutionResult>;
}

/**
 * graphql-jit reports errors with its own GraphQLError (a subclass without `extensions` when the
 * cause has none, which Apollo's error formatting needs): each becomes graphql-js's, with the
 * same message, path, cause and locations.
 */
function asGraphqlError(error: GraphQLErrorType): GraphQLError {
  const copy = new GraphQLError(error.message, {
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    ...(error.extensions ? { extensions: error.extensions } : {}),
  });
  if (error.locations) (copy as { locations?: unknown }).locations = error.locations;
  return copy;
}

let compiledCount = 0;

/** How many queries this process has compiled (each document and operation once). */
export function compiledQueries(): number {
  return compiledCount;
}

/** The executor: graphql-js for a document's first runs, its compiled query after. */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const documents = new WeakMap<DocumentNode, DocumentEntry>();
  return async (request) => {
    const { document, operation, context } = request;
    const variables = request.request.variables ?? {};
    const operationName = request.operationName ?? undefined;
    let entry = documents.get(document);
    if (!entry) documents.set(document, (entry = { runs: 0, compiled: new Map() }));
    // Mutations stay with graphql-js: graphql-jit's own variable coercion leaves out the defaults
    // of input object fields (`ChangesetInput.updates = []`), and a write's time is the database's.
    if (operation.operation !== 'query' || entry.runs < COMPILE_AFTER_RUNS) {
      entry.runs += 1;
      return execute({ schema, document, variableValues: variables, contextValue: context, operationName });
    }
    // Variables are checked by graphql-js first, so that their errors read (and are classified
    // by Apollo as BAD_USER_INPUT) exactly as without compilation.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const key = operationName ?? '';
    let query = entry.compiled.get(key);
    if (!query) {
      entry.compiled.set(key, (query = compileQuery(schema, document, operationName)));
      if (isCompiledQuery(query)) compiledCount += 1;
    }
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
  };
}

/** The gateway Apollo Server is given: the schema, once, and the compiled executor. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: compiledExecutor(schema) };
    },
    async stop() {
      listeners.clear();
    },
  };
}
