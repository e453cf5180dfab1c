-- An activity's cost may be unknown: many feeds do not say. Until now a missing price was stored as free,
-- so "Free only" showed activities that charge and the finder told people "Free" when the feed said
-- nothing. `free` is now true (stated free), false (it charges) or null (not stated: ask the organiser).
-- Rows imported before this keep `true`; re-running an import (idempotent) corrects them from the feed.
alter table activities alter column free drop not null;
alter table activities alter column free drop default;
