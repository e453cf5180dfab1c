/** Self-referral: the partner's form settings and the submission (schema/self-referral.graphql). */
import type { Resolvers } from '../../generated/graphql.js';
import { selfReferralSetup, submitSelfReferral } from '../../domain/referrals.js';
import { contact } from './shared.js';

export const selfReferralResolvers: Resolvers = {
  Partner: {
    selfReferral: async (partner, _args, ctx) => {
      const setup = await selfReferralSetup(ctx.database.db, partner);
      if (!setup) return null;
      const { service, settings, open } = setup;
      return {
        open,
        service,
        typicalResponseDays: service.typical_response_days,
        minimumAge: settings.minimumAge,
        questions: settings.questions,
        languageOptions: settings.languageOptions,
        whatMattersMaxLength: settings.whatMattersMaxLength,
        consent: settings.consent,
        crisisMessage: settings.crisisMessage,
      };
    },
  },
  Mutation: {
    submitSelfReferral: async (_root, { input }, ctx) => {
      const outcome = await submitSelfReferral(ctx.database.db, { partner: ctx.partner, input, now: ctx.now, log: ctx.log });
      return {
        reference: outcome.reference,
        receivedAt: outcome.receivedAt,
        serviceName: outcome.service.name,
        serviceContact: contact(outcome.service),
        typicalResponseDays: outcome.service.typical_response_days,
      };
    },
  },
};
