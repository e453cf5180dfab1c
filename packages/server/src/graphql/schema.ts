/** The executable schema: schema/*.graphql (the source of truth) with the resolvers of each field group. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema } from 'graphql-yoga';
import type { Resolvers } from '../generated/graphql.js';
import type { GraphQLContext } from './context.js';
import { aboutResolvers } from './resolvers/about.js';
import { activityResolvers } from './resolvers/activities.js';
import { organisationResolvers } from './resolvers/organisations.js';
import { coverageResolvers } from './resolvers/coverage.js';
import { selfReferralResolvers } from './resolvers/self-referral.js';
import { staffResolvers } from './resolvers/staff.js';
import { scalarResolvers } from './scalars.js';

/** schema/ at the repository root when run from source; dist/schema/ in the built bundle. */
export const SCHEMA_DIR =
  process.env.WAYMARK_SCHEMA_DIR ??
  [new URL('../../../../schema/', import.meta.url), new URL('./schema/', import.meta.url)].map((u) => fileURLToPath(u)).find((d) => existsSync(d)) ??
  fileURLToPath(new URL('../../../../schema/', import.meta.url));

export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
}

/** Merges field-group resolver maps; two groups defining the same field is a programming error. */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Resolvers & Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Two resolver groups define ${type}.${field}.`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

export function buildSchema() {
  return createSchema<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: [mergeResolvers(aboutResolvers, organisationResolvers, activityResolvers, staffResolvers, coverageResolvers, selfReferralResolvers), scalarResolvers] as never,
  });
}
