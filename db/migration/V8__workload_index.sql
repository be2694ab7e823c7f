-- The workload view groups an agent's open cases by status and wants the oldest change: one covering index
-- serves both (it also serves the foreign key, so the narrower one goes).
create index ix_initiative_agent_status_updated on initiative (assigned_agent_id, status, updated_at);
drop index ix_initiative_agent_status on initiative;
