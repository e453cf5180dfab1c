import type { Resolvers } from '../../generated/graphql.js';
import { listPcns, listPractices, listServices, partnerByKey, practiceByOdsCode, servicesForPcn, isUuid } from '../../domain/organisations.js';
import { address, contact, point } from './shared.js';

export const organisationResolvers: Resolvers = {
  Query: {
    partner: async (_root, { key }, ctx) => (await partnerByKey(ctx.database.db, key)) ?? null,
    gpPractice: async (_root, { odsCode }, ctx) => (await practiceByOdsCode(ctx.database.db, odsCode)) ?? null,
    gpPractices: (_root, args, ctx) => listPractices(ctx.database.db, args),
    pcns: (_root, args, ctx) => listPcns(ctx.database.db, args),
    socialPrescribingService: async (_root, { id }, ctx) => (isUuid(id) ? ((await ctx.loaders.service.load(id)) ?? null) : null),
    socialPrescribingServices: (_root, args, ctx) => listServices(ctx.database.db, args),
  },
  Partner: {
    odsCode: (p) => p.ods_code,
    defaultLanguage: (p) => p.default_language,
    prefersMiles: (p) => p.prefers_miles,
    kind: (p) => p.kind as never,
    gpPractice: async (p, _a, ctx) => (p.gp_practice_id ? ((await ctx.loaders.practice.load(p.gp_practice_id)) ?? null) : null),
    referralService: async (p, _a, ctx) => (p.referral_service_id ? ((await ctx.loaders.service.load(p.referral_service_id)) ?? null) : null),
  },
  Pcn: {
    odsCode: (p) => p.ods_code,
    practices: (p, args, ctx) => listPractices(ctx.database.db, { ...args, pcnId: p.id }),
    services: (p, _a, ctx) => servicesForPcn(ctx.database.db, p.id),
  },
  GpPractice: {
    odsCode: (p) => p.ods_code,
    address: (p) => address(p)!,
    location: (p) => point(p)!,
    contact: (p) => contact(p),
    pcn: async (p, _a, ctx) => (p.pcn_id ? ((await ctx.loaders.pcn.load(p.pcn_id)) ?? null) : null),
    services: (p, _a, ctx) => ctx.loaders.servicesForPractice.load(p.id),
  },
  SocialPrescribingService: {
    howToRefer: (s) => s.how_to_refer,
    acceptsSelfReferrals: (s) => s.accepts_self_referrals,
    typicalResponseDays: (s) => s.typical_response_days,
    contact: (s) => contact(s),
    address: (s) => address(s),
    location: (s) => point(s),
    openingHours: (s) => s.opening_hours.map((h) => ({ day: h.day as never, opens: h.opens, closes: h.closes })),
    coveredPractices: (s, _a, ctx) => ctx.loaders.practicesForService.load(s.id),
    coveredPostcodeDistricts: (s) => s.covered_postcode_districts,
    linkWorkers: (s, _a, ctx) => ctx.loaders.linkWorkersForService.load(s.id),
  },
  LinkWorker: {
    // Each worker decides whether their surname and photo are public.
    displayName: (w) => (w.show_surname ? `${w.first_name} ${w.surname}` : w.first_name),
    roleTitle: (w) => w.role_title,
    photo: (w) => (w.show_photo && w.photo_url ? { url: w.photo_url, alt: w.photo_alt ?? w.first_name } : null),
  },
};
