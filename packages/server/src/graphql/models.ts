/**
 * What resolvers pass around for each object type: the database rows, shaped as the domain modules return
 * them. Field resolvers in ./resolvers map them onto the schema's types.
 */
import type { Row } from '../db/tables.js';
import type { Page } from '../domain/pagination.js';

export type PartnerModel = Row<'partners'>;
export type GpPracticeModel = Row<'gp_practices'>;
export type PcnModel = Row<'pcns'>;
export type ServiceModel = Row<'sp_services'>;
export type LinkWorkerModel = Row<'link_workers'>;
export type ActivityModel = Row<'activities'> & { distance_km?: number | null };
export type ReferralModel = Row<'referrals'>;
export type ClientModel = Row<'clients'>;
export type ActionPlanModel = Row<'action_plans'>;
export type GoalModel = Row<'goals'>;
export type ActivityCategoryModel = Row<'activity_categories'>;
export type StaffUserModel = Row<'staff_users'>;

export type GpPracticePage = Page<GpPracticeModel>;
export type PcnPage = Page<PcnModel>;
export type ServicePage = Page<ServiceModel>;
export type ActivityPage = Page<ActivityModel>;
export type ReferralPage = Page<ReferralModel>;
export type ClientPage = Page<ClientModel>;
