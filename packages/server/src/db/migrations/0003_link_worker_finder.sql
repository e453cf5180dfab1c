-- The link-worker finder: bank-holiday closures for "open now", and the indexes its lookups use.
--
-- Bank holidays are per UK nation (england-and-wales, scotland, northern-ireland). Every social prescribing
-- service is taken to be closed on the bank holidays of England and Wales (both the demo services and the
-- services this kit was written for are there); a per-service region can come in a later migration.
-- Dates are those published on GOV.UK (https://www.gov.uk/bank-holidays) for 2026 and 2027, with the
-- substitute days where a holiday falls on a weekend.

create table bank_holidays (
  region text not null default 'england-and-wales'
    check (region in ('england-and-wales', 'scotland', 'northern-ireland')),
  date date not null,
  name text not null,
  name_cy text not null,
  primary key (region, date)
);

insert into bank_holidays (region, date, name, name_cy) values
  ('england-and-wales', '2026-01-01', 'New Year’s Day', 'Dydd Calan'),
  ('england-and-wales', '2026-04-03', 'Good Friday', 'Dydd Gwener y Groglith'),
  ('england-and-wales', '2026-04-06', 'Easter Monday', 'Dydd Llun y Pasg'),
  ('england-and-wales', '2026-05-04', 'Early May bank holiday', 'Gŵyl banc Calan Mai'),
  ('england-and-wales', '2026-05-25', 'Spring bank holiday', 'Gŵyl banc y gwanwyn'),
  ('england-and-wales', '2026-08-31', 'Summer bank holiday', 'Gŵyl banc yr haf'),
  ('england-and-wales', '2026-12-25', 'Christmas Day', 'Dydd Nadolig'),
  ('england-and-wales', '2026-12-28', 'Boxing Day (substitute day)', 'Gŵyl San Steffan (diwrnod yn lle)'),
  ('england-and-wales', '2027-01-01', 'New Year’s Day', 'Dydd Calan'),
  ('england-and-wales', '2027-03-26', 'Good Friday', 'Dydd Gwener y Groglith'),
  ('england-and-wales', '2027-03-29', 'Easter Monday', 'Dydd Llun y Pasg'),
  ('england-and-wales', '2027-05-03', 'Early May bank holiday', 'Gŵyl banc Calan Mai'),
  ('england-and-wales', '2027-05-31', 'Spring bank holiday', 'Gŵyl banc y gwanwyn'),
  ('england-and-wales', '2027-08-30', 'Summer bank holiday', 'Gŵyl banc yr haf'),
  ('england-and-wales', '2027-12-27', 'Christmas Day (substitute day)', 'Dydd Nadolig (diwrnod yn lle)'),
  ('england-and-wales', '2027-12-28', 'Boxing Day (substitute day)', 'Gŵyl San Steffan (diwrnod yn lle)');

-- Nearest services and nearest practices by earthdistance, as activities do.
create index sp_services_earth_idx on sp_services using gist (ll_to_earth(latitude, longitude)) where latitude is not null;
create index gp_practices_earth_idx on gp_practices using gist (ll_to_earth(latitude, longitude));
-- Postcode-district coverage: `district = any(covered_postcode_districts)`.
create index sp_services_districts_idx on sp_services using gin (covered_postcode_districts);
