/** Coverage by postcode, nearest services, and a service's opening status (schema/coverage.graphql). */
import type { Resolvers } from '../../generated/graphql.js';
import type { GraphQLContext } from '../context.js';
import { coverageByPostcode } from '../../domain/coverage.js';
import { bankHolidaysAround, closuresAhead, openingStatus, type BankHolidayInfo } from '../../domain/opening-hours.js';

/** One bank-holiday read per request, however many services ask. */
const holidaysByRequest = new WeakMap<object, Promise<BankHolidayInfo[]>>();
function holidays(ctx: GraphQLContext): Promise<BankHolidayInfo[]> {
  let pending = holidaysByRequest.get(ctx);
  if (!pending) {
    pending = bankHolidaysAround(ctx.database.db, ctx.now);
    holidaysByRequest.set(ctx, pending);
  }
  return pending;
}

export const coverageResolvers: Resolvers = {
  Query: {
    coverageByPostcode: (_root, { postcode }, ctx) => coverageByPostcode(ctx.database.db, postcode),
  },
  SocialPrescribingService: {
    openingStatus: async (s, _a, ctx) => openingStatus(s.opening_hours, await holidays(ctx), ctx.now),
    upcomingClosures: async (s, _a, ctx) => closuresAhead(s.opening_hours, await holidays(ctx), ctx.now),
  },
};
