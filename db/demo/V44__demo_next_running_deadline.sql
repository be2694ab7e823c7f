-- The demo's deadlines (V4) came after the column that summarises them: fill it as the application keeps it
update initiative i
set i.next_due_on = (select min(d.due_on) from case_deadline d where d.initiative_id = i.id and d.met_on is null)
where i.status not in ('MERGED', 'TRANSFERRED', 'REJECTED', 'CLOSED', 'WITHDRAWN');
