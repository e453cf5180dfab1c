/**
 * Kysely's view of the tables created by ./migrations. Kept by hand beside the SQL: a column added in a
 * migration is added here in the same commit (the server tests read and write every table).
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A column the database fills (default) that may still be given on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** Dates come back from both drivers as strings (parsers are set to keep them as text). */
type DateText = ColumnType<string, string, string>;
type Timestamp = ColumnType<string, string | undefined, string>;

export interface PcnsTable {
  id: Generated<string>;
  ods_code: string;
  name: string;
}

export interface GpPracticesTable {
  id: Generated<string>;
  ods_code: string;
  name: string;
  address_line1: string;
  address_line2: string | null;
  town: string;
  county: string | null;
  postcode: string;
  latitude: number;
  longitude: number;
  phone: string | null;
  email: string | null;
  website: string | null;
  pcn_id: string | null;
}

export interface OpeningHoursJson {
  day: string;
  opens: string;
  closes: string;
}

export interface SpServicesTable {
  id: Generated<string>;
  name: string;
  description: string;
  how_to_refer: string;
  accepts_self_referrals: Defaulted<boolean>;
  typical_response_days: Defaulted<number>;
  phone: string | null;
  text_phone: string | null;
  email: string | null;
  website: string | null;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  county: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  opening_hours: ColumnType<OpeningHoursJson[], string | undefined, string>;
  languages: Defaulted<string[]>;
  accessibility: string | null;
  covered_postcode_districts: Defaulted<string[]>;
}

export interface SpServicePracticesTable {
  service_id: string;
  practice_id: string;
}

export interface LinkWorkersTable {
  id: Generated<string>;
  service_id: string;
  first_name: string;
  surname: string;
  show_surname: Defaulted<boolean>;
  role_title: string;
  languages: Defaulted<string[]>;
  photo_url: string | null;
  photo_alt: string | null;
  show_photo: Defaulted<boolean>;
  sort_order: Defaulted<number>;
}

export interface PartnersTable {
  id: Generated<string>;
  key: string;
  name: string;
  kind: string;
  ods_code: string | null;
  gp_practice_id: string | null;
  referral_service_id: string | null;
  allowed_origins: Defaulted<string[]>;
  default_language: Defaulted<string>;
  prefers_miles: Defaulted<boolean>;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
}

export interface ActivityCategoriesTable {
  id: string;
  name: string;
  name_cy: string;
  sort_order: Defaulted<number>;
}

export interface ActivityOrganisersTable {
  id: Generated<string>;
  name: string;
  website: string | null;
  source_feed: Defaulted<string>;
  source_id: string;
}

export interface ActivitiesTable {
  id: Generated<string>;
  name: string;
  description: Defaulted<string>;
  organiser_id: string;
  venue_name: string | null;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  county: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  online: Defaulted<boolean>;
  rrule: string | null;
  start_date: DateText;
  end_date: DateText | null;
  start_time: string;
  duration_minutes: number;
  days: Defaulted<number[]>;
  schedule_description: string | null;
  /** true: stated free; false: it charges; null: the source does not say. */
  free: boolean | null;
  amount_pence: number | null;
  concessions: string | null;
  min_age: number | null;
  max_age: number | null;
  accessibility: Defaulted<string[]>;
  accessibility_notes: string | null;
  eligibility: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  booking_url: string | null;
  last_verified: DateText | null;
  source_feed: Defaulted<string>;
  source_id: string;
  updated_at: Timestamp;
}

export interface ActivityCategoryLinksTable {
  activity_id: string;
  category_id: string;
}

export interface PostcodesTable {
  postcode: string;
  latitude: number;
  longitude: number;
}

export interface StaffUsersTable {
  id: Generated<string>;
  service_id: string;
  display_name: string;
  email: string;
  roles: Defaulted<string[]>;
  created_at: Timestamp;
}

export interface ReferralsTable {
  id: Generated<string>;
  reference: string;
  partner_id: string;
  idempotency_key: string;
  payload_hash: string;
  service_id: string;
  source: string;
  full_name: string;
  date_of_birth: DateText;
  nhs_number: string | null;
  postcode: string;
  phone: string | null;
  email: string | null;
  preferred_contact_methods: Defaulted<string[]>;
  contact_times: string | null;
  language: Defaulted<string>;
  communication_needs: Defaulted<string[]>;
  other_communication_need: string | null;
  gp_practice_id: string | null;
  what_matters: string | null;
  needs: Defaulted<string[]>;
  other_need: string | null;
  consent_wording_version: string;
  consent_sharing: boolean;
  consent_contact: boolean;
  consent_given_at: string;
  status: Defaulted<string>;
  received_at: Timestamp;
}

export interface ReferralStatusHistoryTable {
  id: Generated<string>;
  referral_id: string;
  status: string;
  at: Timestamp;
  by_staff_id: string | null;
  note: string | null;
}

export interface ClientsTable {
  id: Generated<string>;
  service_id: string;
  preferred_name: string;
  referral_id: string | null;
  link_worker_id: string | null;
  created_at: Timestamp;
}

export interface ActionPlansTable {
  id: Generated<string>;
  client_id: string;
  what_matters: string;
  agreed_on: DateText;
  review_on: DateText | null;
}

export interface GoalsTable {
  id: Generated<string>;
  action_plan_id: string;
  title: string;
  why_it_matters: string | null;
  term: string;
  target_date: DateText | null;
  status: Defaulted<string>;
  sort_order: Defaulted<number>;
}

export interface GoalStepsTable {
  id: Generated<string>;
  goal_id: string;
  description: string;
  done: Defaulted<boolean>;
  sort_order: Defaulted<number>;
}

export interface CheckInsTable {
  id: Generated<string>;
  goal_id: string;
  date: DateText;
  progress: number;
  note: string | null;
}

export interface WellbeingMeasuresTable {
  id: Generated<string>;
  client_id: string;
  date: DateText;
  life_satisfaction: number;
  worthwhile: number;
  happiness: number;
  anxiety: number;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  staff_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
}

export interface Tables {
  pcns: PcnsTable;
  gp_practices: GpPracticesTable;
  sp_services: SpServicesTable;
  sp_service_practices: SpServicePracticesTable;
  link_workers: LinkWorkersTable;
  partners: PartnersTable;
  activity_categories: ActivityCategoriesTable;
  activity_organisers: ActivityOrganisersTable;
  activities: ActivitiesTable;
  activity_category_links: ActivityCategoryLinksTable;
  postcodes: PostcodesTable;
  staff_users: StaffUsersTable;
  referrals: ReferralsTable;
  referral_status_history: ReferralStatusHistoryTable;
  clients: ClientsTable;
  action_plans: ActionPlansTable;
  goals: GoalsTable;
  goal_steps: GoalStepsTable;
  check_ins: CheckInsTable;
  wellbeing_measures: WellbeingMeasuresTable;
  audit_log: AuditLogTable;
  bank_holidays: BankHolidaysTable;
}

/** 0003_link_worker_finder: bank-holiday closures (services are closed on England and Wales bank holidays). */
export interface BankHolidaysTable {
  region: Defaulted<string>;
  date: DateText;
  name: string;
  name_cy: string;
}

export type Row<T extends keyof Tables> = Selectable<Tables[T]>;
export type NewRow<T extends keyof Tables> = Insertable<Tables[T]>;

// 0005_activity_sources (importers): declaration merging keeps this an append.
export interface TaxonomyMappingsTable {
  scheme: string;
  term: string;
  label: string;
  category_id: string;
}

export interface ImportRunsTable {
  id: Generated<string>;
  kind: string;
  source: string;
  started_at: Timestamp;
  finished_at: string | null;
  created: Defaulted<number>;
  updated: Defaulted<number>;
  unchanged: Defaulted<number>;
  deleted: Defaulted<number>;
  rejected: Defaulted<number>;
  rejections: ColumnType<{ record: string; reason: string }[], string | undefined, string>;
  failure: string | null;
}

export interface ActivitiesTable {
  source_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** Generated: ll_to_earth(latitude, longitude) as a cube, for the search index. */
  earth: ColumnType<string | null, never, never>;
}

export interface Tables {
  taxonomy_mappings: TaxonomyMappingsTable;
  import_runs: ImportRunsTable;
}
