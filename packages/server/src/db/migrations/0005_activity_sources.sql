-- Activity sources: how terms from other people's taxonomies map to our friendly categories, a record of
-- every import run, and a fingerprint per imported row so a re-run can tell "unchanged" from "updated".
--
-- taxonomy_mappings: (scheme, term) → category. `term` is the scheme's identifier when we know it (an
-- OpenActive activity-list concept URI) or else its label, lower-cased (LGA / esd community services list
-- labels, OpenActive prefLabels). One term may map to several categories. Terms that match nothing here
-- fall back to keyword rules in src/importers/taxonomy.ts.
create table taxonomy_mappings (
  scheme text not null check (scheme in ('esd', 'openactive', 'oruk')),
  term text not null check (term = lower(term)),
  label text not null,
  category_id text not null references activity_categories(id) on delete cascade,
  primary key (scheme, term, category_id)
);

insert into taxonomy_mappings (scheme, term, label, category_id) values
  -- LGA community services list (esd "Services list"), by label
  ('esd', 'adult education',           'Adult education',           'learning-and-skills'),
  ('esd', 'allotments',                'Allotments',                'nature-and-gardening'),
  ('esd', 'carers'' support',          'Carers'' support',          'carers-support'),
  ('esd', 'carers support',            'Carers support',            'carers-support'),
  ('esd', 'debt advice',               'Debt advice',               'advice'),
  ('esd', 'welfare benefits advice',   'Welfare benefits advice',   'advice'),
  ('esd', 'housing advice',            'Housing advice',            'advice'),
  ('esd', 'employment support',        'Employment support',        'advice'),
  ('esd', 'volunteering',              'Volunteering',              'volunteering'),
  ('esd', 'arts development',          'Arts development',          'arts-and-crafts'),
  ('esd', 'digital inclusion',         'Digital inclusion',         'digital-skills'),
  ('esd', 'libraries',                 'Libraries',                 'learning-and-skills'),
  ('esd', 'sports development',        'Sports development',        'exercise-and-sport'),
  ('esd', 'leisure centres',           'Leisure centres',           'exercise-and-sport'),
  ('esd', 'parks and open spaces',     'Parks and open spaces',     'nature-and-gardening'),
  ('esd', 'befriending',               'Befriending',               'social-groups'),
  ('esd', 'lunch clubs',               'Lunch clubs',               'food-and-cooking'),
  ('esd', 'lunch clubs',               'Lunch clubs',               'social-groups'),
  ('esd', 'mental health support',     'Mental health support',     'support-groups'),
  ('esd', 'mental health support',     'Mental health support',     'health-and-wellbeing'),
  ('esd', 'bereavement support',       'Bereavement support',       'support-groups'),
  ('esd', 'community centres',         'Community centres',         'social-groups'),
  ('esd', 'places of worship',         'Places of worship',         'faith-and-culture'),
  ('esd', 'museums and galleries',     'Museums and galleries',     'faith-and-culture'),
  ('esd', 'healthy eating',            'Healthy eating',            'food-and-cooking'),
  ('esd', 'stop smoking services',     'Stop smoking services',     'health-and-wellbeing'),
  -- OpenActive activity list: concept ids we have checked, then prefLabels
  ('openactive', 'https://openactive.io/activity-list#95092977-5a20-4d6e-b312-8fddabe71544', 'Walking', 'walking'),
  ('openactive', 'https://openactive.io/activity-list#c0360db0-a817-4bae-9167-40f89b49fc9e', 'Badminton', 'exercise-and-sport'),
  ('openactive', 'walking',          'Walking',          'walking'),
  ('openactive', 'nordic walking',   'Nordic Walking',   'walking'),
  ('openactive', 'rambling',         'Rambling',         'walking'),
  ('openactive', 'walking football', 'Walking Football', 'exercise-and-sport'),
  ('openactive', 'yoga',             'Yoga',             'exercise-and-sport'),
  ('openactive', 'yoga',             'Yoga',             'health-and-wellbeing'),
  ('openactive', 'tai chi',          'Tai Chi',          'exercise-and-sport'),
  ('openactive', 'tai chi',          'Tai Chi',          'health-and-wellbeing'),
  ('openactive', 'pilates',          'Pilates',          'exercise-and-sport'),
  ('openactive', 'pilates',          'Pilates',          'health-and-wellbeing'),
  ('openactive', 'swimming',         'Swimming',         'exercise-and-sport'),
  ('openactive', 'aqua aerobics',    'Aqua Aerobics',    'exercise-and-sport'),
  ('openactive', 'badminton',        'Badminton',        'exercise-and-sport'),
  ('openactive', 'dance',            'Dance',            'exercise-and-sport'),
  ('openactive', 'cycling',          'Cycling',          'exercise-and-sport'),
  ('openactive', 'running',          'Running',          'exercise-and-sport'),
  ('openactive', 'gardening',        'Gardening',        'nature-and-gardening'),
  ('openactive', 'chair based exercise', 'Chair Based Exercise', 'exercise-and-sport'),
  ('openactive', 'chair based exercise', 'Chair Based Exercise', 'health-and-wellbeing');

create table import_runs (
  id bigserial primary key,
  kind text not null check (kind in ('oruk', 'openactive', 'postcodes')),
  source text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  created integer not null default 0,
  updated integer not null default 0,
  unchanged integer not null default 0,
  deleted integer not null default 0,
  rejected integer not null default 0,
  -- [{ "record": "…", "reason": "…" }, …], the first 1,000
  rejections jsonb not null default '[]',
  -- null while running or when it finished; the reason the source could not be read
  failure text
);

-- A hash of the mapped row, so a re-run of the same feed reports the row as unchanged and does not touch it.
alter table activities add column source_hash text;

-- Activity search: each row's point on the earth as a stored column with its own GiST index, so a radius
-- count is an index-only scan and nearest-first order is a KNN scan (`<->`) that stops after one page.
-- ll_to_earth is immutable; rows without coordinates (online only) have null here.
alter table activities add column earth cube generated always as (ll_to_earth(latitude, longitude)::cube) stored;
create index activities_earth_point_idx on activities using gist (earth);
