-- The soonest deadline still running of each open case, kept by the application beside case_deadline (in the
-- same transaction): an agent's overdue count and deadline list walk one short index range instead of looking
-- up the deadlines of every case the agent owns (3,300 cases, 13,000 deadline rows, per dashboard view).
-- Null when nothing runs or the case has ended.
alter table initiative add column next_due_on date null;

update initiative i
set i.next_due_on = (select min(d.due_on) from case_deadline d where d.initiative_id = i.id and d.met_on is null)
where i.status not in ('MERGED', 'TRANSFERRED', 'REJECTED', 'CLOSED', 'WITHDRAWN');

create index ix_initiative_agent_next_due on initiative (assigned_agent_id, next_due_on);
