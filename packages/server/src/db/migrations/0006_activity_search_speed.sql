-- Activity search speed (DESIGN §5: 100k activities, PostgreSQL ≥ 1,500 req/s).
--
-- Radius search: the page of results is chosen from the index alone. The point index now carries the row id,
-- so "every activity within r of here, nearest first, with the count" is one index-only scan (no table reads)
-- and only the page's rows are then read by primary key. PostgreSQL 15 cannot return (distance, id) order
-- from a KNN scan, so an index that answers the radius without the table is what keeps the cost flat.
drop index activities_earth_point_idx;
create index activities_earth_point_idx on activities using gist (earth) include (id);
-- 0001's expression index over ll_to_earth(latitude, longitude): nothing queries that expression since the
-- stored `earth` column (0005); it only slowed every write.
drop index if exists activities_earth_idx;

-- Keyword search matches the name by word similarity (activities_name_trgm_idx answers `<%`), the
-- description by substring (ILIKE, answered by this index), or the organiser's name.
create index activities_description_trgm_idx on activities using gin (description gin_trgm_ops);

-- Fresh statistics for the planner now rather than at the next autovacuum (PGlite has none).
analyze activities;
