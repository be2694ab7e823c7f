-- The staff list sorted by title reads its pages from this index (keyset pages after a (title, id) position)
-- instead of sorting 100,000 titles for every page
create index ix_initiative_title on initiative (title, id);
