-- Access scope: every staff account works for named municipalities, or (administrators only) for the whole
-- deployment. agent_municipality keeps its name (the demo history inserts into it) but now holds the
-- municipalities of every account, whatever its roles; for agents they are also the ones whose cases they take.
alter table staff_user
    add column all_municipalities boolean not null default false after active;

-- Administrators so far administered everything: they keep that. Preparers get no municipality by default
-- (least privilege): an administrator names theirs on the account page.
update staff_user u set all_municipalities = true
where exists (select 1 from staff_user_role r where r.staff_user_id = u.id and r.role = 'ADMIN');

