import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Resolvers } from '../../generated/graphql.js';
import { activityById, DAY_NAMES, listCategories, postcodeLocation, searchActivities } from '../../domain/activities.js';
import { nextOccurrence } from '../../domain/schedule.js';
import { address, contact, point, present } from './shared.js';

/** Whether the query selects `field` directly under this one (through fragments too). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const seen = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((sel) =>
      sel.kind === Kind.FIELD
        ? sel.name.value === field
        : sel.kind === Kind.INLINE_FRAGMENT
          ? seen(sel.selectionSet)
          : seen(info.fragments[sel.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => seen(node.selectionSet));
}

export const activityResolvers: Resolvers = {
  Query: {
    activities: (_root, { filter, first, after }, ctx, info) =>
      searchActivities(ctx.database.db, filter ?? {}, { first, after, withTotal: selects(info, 'totalCount') }),
    activity: async (_root, { id }, ctx) => (await activityById(ctx.database.db, id)) ?? null,
    activityCategories: (_root, _args, ctx) => listCategories(ctx.database.db),
    postcodeLocation: async (_root, { postcode }, ctx) => (await postcodeLocation(ctx.database.db, postcode)) ?? null,
  },
  ActivityCategory: {
    nameCy: (c) => c.name_cy,
  },
  Activity: {
    organiser: async (a, _args, ctx) => {
      const o = await ctx.loaders.organiser.load(a.organiser_id);
      if (!o) throw new Error(`Activity ${a.id} has no organiser row.`);
      return { id: o.id, name: o.name, website: o.website };
    },
    categories: async (a, _args, ctx) => present(await ctx.loaders.categoriesForActivity.load(a.id)),
    venue: (a) => {
      const addr = address(a);
      const loc = point(a);
      return addr && loc ? { name: a.venue_name ?? addr.line1, address: addr, location: loc } : null;
    },
    distanceKm: (a) => (a.distance_km == null ? null : Math.round(a.distance_km * 100) / 100),
    schedule: (a) => ({
      rrule: a.rrule,
      startDate: a.start_date,
      endDate: a.end_date,
      startTime: a.start_time.slice(0, 5),
      durationMinutes: a.duration_minutes,
      days: a.days.map((d) => DAY_NAMES[d - 1]!),
      description: a.schedule_description,
    }),
    nextSession: (a, { from }, ctx) => {
      const next = nextOccurrence(
        { rrule: a.rrule, startDate: a.start_date, endDate: a.end_date, startTime: a.start_time, durationMinutes: a.duration_minutes },
        from ? new Date(from) : ctx.now,
      );
      return next ? { start: next.start.toISOString(), end: next.end.toISOString() } : null;
    },
    cost: (a) => ({ free: a.free, amountPence: a.free === true ? null : a.amount_pence, concessions: a.concessions }),
    minAge: (a) => a.min_age,
    maxAge: (a) => a.max_age,
    accessibility: (a) => a.accessibility as never,
    accessibilityNotes: (a) => a.accessibility_notes,
    contact: (a) => contact(a),
    bookingUrl: (a) => a.booking_url,
    lastVerified: (a) => a.last_verified,
    source: (a) => ({ feed: a.source_feed, recordId: a.source_id }),
  },
};
