/**
 * What every resolver receives: the database, per-request batch loaders, the partner the request was made
 * for (resolved from `X-Waymark-Partner` and checked against the request's Origin), and the signed-in staff
 * user (none until the staff side exists).
 */
import type { YogaInitialContext } from 'graphql-yoga';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';
import type { Row } from '../db/tables.js';
import type { Logger } from '../log.js';
import type { Loaders } from './loaders.js';

export interface AppContext {
  database: Database;
  config: ServerConfig;
  log: Logger;
  loaders: Loaders;
  /** The partner whose key came with the request, when it was valid for the request's origin. */
  partner: Row<'partners'> | null;
  /** The signed-in staff user; staff sign-in arrives with the staff-side issue. */
  staff: Row<'staff_users'> | null;
  /** The instant the request is answered "as of" (next sessions etc.). */
  now: Date;
}

export type GraphQLContext = AppContext & YogaInitialContext;
