import type { Resolvers } from '../../generated/graphql.js';
import { SERVER_VERSION } from '../../version.js';

export const aboutResolvers: Resolvers = {
  Query: {
    about: (_root, _args, ctx) => ({ version: SERVER_VERSION, now: ctx.now.toISOString(), database: ctx.database.kind }),
  },
  Mutation: {
    noop: () => true,
  },
};
