-- The newest change to any initiative, read on every cached public list page to see whether the cache still
-- holds: with this index it is one index dive.
create index ix_initiative_updated on initiative (updated_at);
