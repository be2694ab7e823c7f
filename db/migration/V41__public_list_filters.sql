-- Residents filter the list by how initiatives arrived, and sort it by latest activity; keyset pages walk these.
create index ix_initiative_channel_received on initiative (channel, received_on, id);
create index ix_initiative_updated_id on initiative (updated_at, id);
drop index ix_initiative_updated on initiative;
