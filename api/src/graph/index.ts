import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { ENTITY_KINDS, typeNameOf } from '../../../common/kinds.ts';
import { analysisResolvers } from './resolvers/analysisResolvers.ts';
import { changesetResolvers } from './resolvers/changesetResolvers.ts';
import { curationResolvers } from './resolvers/curationResolvers.ts';
import { decisionResolvers, edgeDecisionFields, entityDecisionFields, linkDecisionFields } from './resolvers/decisionResolvers.ts';
import { timelineResolvers } from './resolvers/timelineResolvers.ts';
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

/** The domain types, each entity type with its merges and disputes, and links with `disputed`. */
const domainWithDecisions = Object.fromEntries(
  Object.entries(domainResolvers).map(([type, fields]) => {
    const isEntityType = ENTITY_KINDS.some((k) => typeNameOf(k) === type);
    if (isEntityType) return [type, { ...fields, ...entityDecisionFields }];
    if (type === 'Link') return [type, { ...fields, ...linkDecisionFields }];
    return [type, fields];
  }),
) as Resolvers;

/** Every resolver of the API, merged. */
export const resolvers: Resolvers = {
  ...queryResolvers,
  ...mutationResolvers,
  ...analysisResolvers,
  ...curationResolvers,
  ...changesetResolvers,
  Query: {
    ...queryResolvers.Query,
    ...analysisResolvers.Query,
    ...curationResolvers.Query,
    ...changesetResolvers.Query,
    ...timelineResolvers.Query,
  },
  Mutation: { ...mutationResolvers.Mutation, ...curationResolvers.Mutation, ...changesetResolvers.Mutation },
  JSONObject: JSONObjectScalar,
  ...domainWithDecisions,
  ...decisionResolvers,
  TimelineEvent: timelineResolvers.TimelineEvent,
  Edge: { ...edgeResolvers, ...edgeDecisionFields },
};
