import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { analysisResolvers } from './resolvers/analysisResolvers.ts';
import { curationResolvers } from './resolvers/curationResolvers.ts';
import { changesetResolvers } from './resolvers/changesetResolvers.ts';
import { domainResolvers } from './resolvers/domainResolvers.ts';
import { edgeResolvers } from './resolvers/linkFields.ts';
import { mutationResolvers } from './resolvers/mutationResolvers.ts';
import { queryResolvers } from './resolvers/queryResolvers.ts';
import { JSONObjectScalar } from './jsonObjectScalar.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export { createGraphContext, type GraphContext } from './context.ts';

/** The SDL of the API, read from schema.graphql. */
export function loadTypeDefs(file = path.join(REPO_ROOT, 'schema.graphql')): string {
  return readFileSync(file, 'utf8');
}

/** Every resolver of the API, merged. */
export const resolvers: Resolvers = {
  ...queryResolvers,
  ...mutationResolvers,
  ...analysisResolvers,
  ...curationResolvers,
  ...changesetResolvers,
  Query: { ...queryResolvers.Query, ...analysisResolvers.Query, ...curationResolvers.Query, ...changesetResolvers.Query },
  Mutation: { ...mutationResolvers.Mutation, ...curationResolvers.Mutation, ...changesetResolvers.Mutation },
  JSONObject: JSONObjectScalar,
  ...domainResolvers,
  Edge: edgeResolvers,
};
