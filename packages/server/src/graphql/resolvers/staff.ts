/** Staff-only reads: referrals, clients and their plans. Each read of personal data is audited. */
import type { Resolvers } from '../../generated/graphql.js';
import {
  checkInsForGoal,
  clientById,
  goalsForPlan,
  linkWorkerById,
  listClients,
  listReferrals,
  partnerById,
  plansForClient,
  referralById,
  referralByReference,
  referralHistory,
  requireStaff,
  staffById,
  stepsForGoal,
  wellbeingForClient,
} from '../../domain/staff-reads.js';

export const staffResolvers: Resolvers = {
  Query: {
    viewer: (_root, _args, ctx) => ctx.staff,
    referrals: (_root, args, ctx) => listReferrals(ctx.database.db, requireStaff(ctx.staff), args),
    referral: async (_root, { reference }, ctx) => (await referralByReference(ctx.database.db, requireStaff(ctx.staff), reference)) ?? null,
    clients: (_root, args, ctx) => listClients(ctx.database.db, requireStaff(ctx.staff), args),
    client: async (_root, { id }, ctx) => (await clientById(ctx.database.db, requireStaff(ctx.staff), id)) ?? null,
  },
  StaffUser: {
    displayName: (s) => s.display_name,
    roles: (s) => s.roles as never,
    service: async (s, _a, ctx) => (await ctx.loaders.service.load(s.service_id))!,
  },
  Referral: {
    source: (r) => r.source as never,
    partner: (r, _a, ctx) => partnerById(ctx.database.db, r.partner_id),
    service: async (r, _a, ctx) => (await ctx.loaders.service.load(r.service_id))!,
    person: (r) => ({
      fullName: r.full_name,
      dateOfBirth: r.date_of_birth,
      nhsNumber: r.nhs_number,
      postcode: r.postcode,
      phone: r.phone,
      email: r.email,
      preferredContactMethods: r.preferred_contact_methods as never,
      contactTimes: r.contact_times,
      language: r.language,
      communicationNeeds: r.communication_needs as never,
      otherCommunicationNeed: r.other_communication_need,
    }),
    gpPractice: async (r, _a, ctx) => (r.gp_practice_id ? ((await ctx.loaders.practice.load(r.gp_practice_id)) ?? null) : null),
    whatMatters: (r) => r.what_matters,
    needs: (r) => r.needs as never,
    otherNeed: (r) => r.other_need,
    consent: (r) => ({ wordingVersion: r.consent_wording_version, sharing: r.consent_sharing, contact: r.consent_contact, givenAt: r.consent_given_at }),
    status: (r) => r.status as never,
    history: async (r, _a, ctx) =>
      Promise.all(
        (await referralHistory(ctx.database.db, r.id)).map(async (h) => ({
          status: h.status as never,
          at: h.at,
          note: h.note,
          by: h.by_staff_id ? ((await staffById(ctx.database.db, h.by_staff_id)) ?? null) : null,
        })),
      ),
    receivedAt: (r) => r.received_at,
  },
  Client: {
    preferredName: (c) => c.preferred_name,
    referral: async (c, _a, ctx) =>
      c.referral_id ? ((await referralById(ctx.database.db, c.referral_id)) ?? null) : null,
    linkWorker: async (c, _a, ctx) => (c.link_worker_id ? ((await linkWorkerById(ctx.database.db, c.link_worker_id)) ?? null) : null),
    actionPlans: (c, _a, ctx) => plansForClient(ctx.database.db, c.id),
    wellbeingMeasures: async (c, _a, ctx) =>
      (await wellbeingForClient(ctx.database.db, c.id)).map((m) => ({
        id: m.id,
        date: m.date,
        lifeSatisfaction: m.life_satisfaction,
        worthwhile: m.worthwhile,
        happiness: m.happiness,
        anxiety: m.anxiety,
      })),
  },
  ActionPlan: {
    whatMatters: (p) => p.what_matters,
    agreedOn: (p) => p.agreed_on,
    reviewOn: (p) => p.review_on,
    goals: (p, _a, ctx) => goalsForPlan(ctx.database.db, p.id),
  },
  Goal: {
    whyItMatters: (g) => g.why_it_matters,
    term: (g) => g.term as never,
    targetDate: (g) => g.target_date,
    status: (g) => g.status as never,
    steps: (g, _a, ctx) => stepsForGoal(ctx.database.db, g.id),
    checkIns: (g, _a, ctx) => checkInsForGoal(ctx.database.db, g.id),
  },
};
