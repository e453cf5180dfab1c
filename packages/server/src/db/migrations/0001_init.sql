-- Waymark's first schema: organisations, coverage, activities (Open Referral UK shaped), referrals
-- (PRSB shaped), clients and their plans, staff and the audit log.
-- Text columns with CHECK constraints rather than PostgreSQL enums: values can be added in a later
-- migration without ALTER TYPE, and PGlite and PostgreSQL treat them identically.
-- Extensions live in `public` so that every schema on the search path finds them.

create extension if not exists cube with schema public;
create extension if not exists earthdistance with schema public;
create extension if not exists pg_trgm with schema public;

create table pcns (
  id uuid primary key default gen_random_uuid(),
  ods_code text not null unique check (ods_code ~ '^[A-Z0-9]{3,6}$'),
  name text not null
);

create table gp_practices (
  id uuid primary key default gen_random_uuid(),
  ods_code text not null unique check (ods_code ~ '^[A-Z0-9]{3,6}$'),
  name text not null,
  address_line1 text not null,
  address_line2 text,
  town text not null,
  county text,
  postcode text not null,
  latitude double precision not null check (latitude between -90 and 90),
  longitude double precision not null check (longitude between -180 and 180),
  phone text,
  email text,
  website text,
  pcn_id uuid references pcns(id) on delete set null
);
create index gp_practices_pcn_idx on gp_practices (pcn_id);
create index gp_practices_name_trgm_idx on gp_practices using gin ((name || ' ' || town || ' ' || ods_code) gin_trgm_ops);

create table sp_services (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text not null,
  how_to_refer text not null,
  accepts_self_referrals boolean not null default true,
  typical_response_days integer not null default 5 check (typical_response_days between 0 and 60),
  phone text,
  text_phone text,
  email text,
  website text,
  address_line1 text,
  address_line2 text,
  town text,
  county text,
  postcode text,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  -- [{ "day": "MONDAY", "opens": "09:00", "closes": "17:00" }, …]
  opening_hours jsonb not null default '[]',
  languages text[] not null default '{}',
  accessibility text,
  covered_postcode_districts text[] not null default '{}'
);

create table sp_service_practices (
  service_id uuid not null references sp_services(id) on delete cascade,
  practice_id uuid not null references gp_practices(id) on delete cascade,
  primary key (service_id, practice_id)
);
create index sp_service_practices_practice_idx on sp_service_practices (practice_id);

create table link_workers (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references sp_services(id) on delete cascade,
  first_name text not null,
  surname text not null,
  show_surname boolean not null default false,
  role_title text not null,
  languages text[] not null default '{}',
  photo_url text,
  photo_alt text,
  show_photo boolean not null default false,
  sort_order integer not null default 0
);
create index link_workers_service_idx on link_workers (service_id, sort_order);

create table partners (
  id uuid primary key default gen_random_uuid(),
  key text not null unique check (key ~ '^[a-z0-9_]{6,64}$'),
  name text not null,
  kind text not null check (kind in ('GP_PRACTICE', 'PCN', 'COUNCIL', 'SOCIAL_PRESCRIBING_SERVICE', 'ACTIVITY_PROVIDER')),
  ods_code text,
  gp_practice_id uuid references gp_practices(id) on delete set null,
  referral_service_id uuid references sp_services(id) on delete set null,
  -- Exact origins (scheme://host[:port]) whose pages may call the API with this key.
  allowed_origins text[] not null default '{}',
  default_language text not null default 'en',
  prefers_miles boolean not null default false,
  -- Per-partner configuration the widgets read (questions asked, consent wording and version, …).
  settings jsonb not null default '{}',
  created_at timestamptz not null default now()
);

create table activity_categories (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  name text not null,
  name_cy text not null,
  sort_order integer not null default 0
);

create table activity_organisers (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  website text,
  source_feed text not null default 'demo',
  source_id text not null,
  unique (source_feed, source_id)
);

create table activities (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text not null default '',
  organiser_id uuid not null references activity_organisers(id) on delete cascade,
  venue_name text,
  address_line1 text,
  address_line2 text,
  town text,
  county text,
  postcode text,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  online boolean not null default false,
  -- iCalendar RRULE (RFC 5545) without DTSTART; dates and times are Europe/London wall-clock.
  rrule text,
  start_date date not null,
  end_date date,
  start_time time not null,
  duration_minutes integer not null check (duration_minutes between 1 and 1440),
  -- ISO weekday numbers the schedule meets on (1 = Monday), derived from the rule, for filtering.
  days smallint[] not null default '{}',
  schedule_description text,
  free boolean not null default true,
  amount_pence integer check (amount_pence is null or amount_pence >= 0),
  concessions text,
  min_age integer check (min_age is null or min_age between 0 and 120),
  max_age integer check (max_age is null or max_age between 0 and 120),
  accessibility text[] not null default '{}',
  accessibility_notes text,
  eligibility text,
  phone text,
  email text,
  website text,
  booking_url text,
  last_verified date,
  source_feed text not null default 'demo',
  source_id text not null,
  updated_at timestamptz not null default now(),
  unique (source_feed, source_id),
  check (online or (latitude is not null and longitude is not null))
);
create index activities_earth_idx on activities using gist (ll_to_earth(latitude, longitude)) where latitude is not null;
create index activities_name_trgm_idx on activities using gin (name gin_trgm_ops);
create index activities_organiser_idx on activities (organiser_id);
create index activities_name_idx on activities (name, id);

create table activity_category_links (
  activity_id uuid not null references activities(id) on delete cascade,
  category_id text not null references activity_categories(id) on delete cascade,
  primary key (activity_id, category_id)
);
create index activity_category_links_category_idx on activity_category_links (category_id, activity_id);

create table postcodes (
  postcode text primary key,
  latitude double precision not null,
  longitude double precision not null
);

create table staff_users (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references sp_services(id) on delete cascade,
  display_name text not null,
  email text not null unique,
  roles text[] not null default '{LINK_WORKER}',
  created_at timestamptz not null default now()
);

create table referrals (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  partner_id uuid not null references partners(id),
  -- The client's idempotency key and a hash of the payload it was first used with: a retry with the same
  -- key returns the stored result; the same key with another payload is refused.
  idempotency_key text not null,
  payload_hash text not null,
  service_id uuid not null references sp_services(id),
  source text not null check (source in ('SELF_REFERRAL', 'PROFESSIONAL')),
  full_name text not null,
  date_of_birth date not null,
  nhs_number text check (nhs_number is null or nhs_number ~ '^[0-9]{10}$'),
  postcode text not null,
  phone text,
  email text,
  preferred_contact_methods text[] not null default '{}',
  contact_times text,
  language text not null default 'en',
  communication_needs text[] not null default '{}',
  other_communication_need text,
  gp_practice_id uuid references gp_practices(id),
  what_matters text,
  needs text[] not null default '{}',
  other_need text,
  consent_wording_version text not null,
  consent_sharing boolean not null,
  consent_contact boolean not null,
  consent_given_at timestamptz not null,
  status text not null default 'RECEIVED'
    check (status in ('RECEIVED', 'TRIAGED', 'CONTACTED', 'ACCEPTED', 'DECLINED', 'CLOSED')),
  received_at timestamptz not null default now(),
  unique (partner_id, idempotency_key),
  check (phone is not null or email is not null)
);
create index referrals_service_idx on referrals (service_id, received_at desc);

create table referral_status_history (
  id bigserial primary key,
  referral_id uuid not null references referrals(id) on delete cascade,
  status text not null check (status in ('RECEIVED', 'TRIAGED', 'CONTACTED', 'ACCEPTED', 'DECLINED', 'CLOSED')),
  at timestamptz not null default now(),
  by_staff_id uuid references staff_users(id),
  note text
);
create index referral_status_history_referral_idx on referral_status_history (referral_id, at);

create table clients (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references sp_services(id) on delete cascade,
  preferred_name text not null,
  referral_id uuid references referrals(id) on delete set null,
  link_worker_id uuid references link_workers(id) on delete set null,
  created_at timestamptz not null default now()
);
create index clients_service_idx on clients (service_id, preferred_name);

create table action_plans (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references clients(id) on delete cascade,
  what_matters text not null,
  agreed_on date not null,
  review_on date
);
create index action_plans_client_idx on action_plans (client_id, agreed_on desc);

create table goals (
  id uuid primary key default gen_random_uuid(),
  action_plan_id uuid not null references action_plans(id) on delete cascade,
  title text not null,
  why_it_matters text,
  term text not null check (term in ('SHORT', 'LONG')),
  target_date date,
  status text not null default 'NOT_STARTED' check (status in ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'SET_ASIDE')),
  sort_order integer not null default 0
);
create index goals_plan_idx on goals (action_plan_id, sort_order);

create table goal_steps (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references goals(id) on delete cascade,
  description text not null,
  done boolean not null default false,
  sort_order integer not null default 0
);
create index goal_steps_goal_idx on goal_steps (goal_id, sort_order);

create table check_ins (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references goals(id) on delete cascade,
  date date not null,
  progress integer not null check (progress between 0 and 10),
  note text
);
create index check_ins_goal_idx on check_ins (goal_id, date desc);

-- ONS4 personal wellbeing: four separate 0–10 answers, never summed.
create table wellbeing_measures (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references clients(id) on delete cascade,
  date date not null,
  life_satisfaction integer not null check (life_satisfaction between 0 and 10),
  worthwhile integer not null check (worthwhile between 0 and 10),
  happiness integer not null check (happiness between 0 and 10),
  anxiety integer not null check (anxiety between 0 and 10)
);
create index wellbeing_measures_client_idx on wellbeing_measures (client_id, date);

-- Every read or change of personal data by a staff user: who, what, when. Never the data itself.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  staff_user_id uuid references staff_users(id),
  action text not null,
  entity text not null,
  entity_id text
);
create index audit_log_entity_idx on audit_log (entity, entity_id, at);
