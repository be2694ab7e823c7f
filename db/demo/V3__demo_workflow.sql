-- Demo cases follow the default process template, with steps recorded as far as each case's status implies.

update initiative set process_template_id = (select id from process_template where is_default = true limit 1)
where process_template_id is null
  and status in ('ACCEPTED', 'IN_PREPARATION', 'DECISION_PROPOSED', 'DECIDED', 'DECISION_COMMUNICATED', 'CLOSED');

insert ignore into case_step (initiative_id, step_id, state)
select i.id, s.id, 'OPEN' from initiative i join process_step s on s.template_id = i.process_template_id;

-- Required steps done up to each case's status; dates follow the received date, never in the future
update case_step cs
    join initiative i on i.id = cs.initiative_id
    join process_step s on s.id = cs.step_id
set cs.state = 'DONE',
    cs.done_on = least(date_add(i.received_on, interval s.position * 4 day), date('2026-11-20')),
    cs.done_by = 'Pekka Valmistelija',
    cs.public_entry = true,
    cs.updated_at = '2026-11-20 10:00:00',
    cs.updated_by = 'pekka'
where s.optional = false and s.required_before is not null and (
       (i.status = 'DECISION_PROPOSED' and s.required_before = 'DECISION_PROPOSED')
    or (i.status = 'DECIDED' and s.required_before in ('DECISION_PROPOSED', 'DECIDED'))
    or (i.status = 'DECISION_COMMUNICATED' and s.required_before in ('DECISION_PROPOSED', 'DECIDED', 'DECISION_COMMUNICATED'))
    or (i.status = 'CLOSED')
    or (i.status = 'IN_PREPARATION' and s.position in (1, 2)));

-- An optional step found not applicable, and a planned step that is overdue
update case_step cs join initiative i on i.id = cs.initiative_id join process_step s on s.id = cs.step_id
set cs.state = 'NOT_APPLICABLE', cs.done_on = least(date_add(i.received_on, interval 10 day), date('2026-11-20')),
    cs.note = 'Henkilöstötiedote ei tarpeen: asia ei koske henkilöstöä.', cs.updated_at = '2026-11-20 10:00:00',
    cs.updated_by = 'pekka'
where s.position = 3 and i.status in ('DECISION_PROPOSED', 'DECIDED', 'DECISION_COMMUNICATED', 'CLOSED');

update case_step cs join initiative i on i.id = cs.initiative_id join process_step s on s.id = cs.step_id
set cs.state = 'PLANNED', cs.due_on = '2026-11-15', cs.note = 'Otakantaa.fi-kysely avataan, kun aineisto on valmis.',
    cs.updated_at = '2026-11-10 10:00:00', cs.updated_by = 'pekka'
where s.position = 5 and i.status = 'IN_PREPARATION';

-- Evidence: the press release of step 2 and the hearing of step 5, where done
insert ignore into case_step_link (case_step_id, position, kind, url, label)
select cs.id, 0, 'PRESS_RELEASE', concat('https://www.pori.fi/uutiset/aloite-', i.id), 'Tiedote'
from case_step cs join initiative i on i.id = cs.initiative_id join process_step s on s.id = cs.step_id
where s.position = 2 and cs.state = 'DONE';

insert ignore into case_step_link (case_step_id, position, kind, url, label)
select cs.id, 0, 'HEARING', concat('https://www.otakantaa.fi/fi-FI/projects/', 1000 + i.id), 'Otakantaa.fi-kuuleminen'
from case_step cs join initiative i on i.id = cs.initiative_id join process_step s on s.id = cs.step_id
where s.position = 5 and cs.state = 'DONE';

-- Preparers of the cases in preparation and beyond
update initiative i join municipality m on m.id = i.municipality_id
set i.preparer_id = (select id from staff_user where username = case when m.code = '609' then 'pekka' else 'liisa' end)
where i.status in ('IN_PREPARATION', 'DECISION_PROPOSED', 'DECIDED', 'DECISION_COMMUNICATED', 'CLOSED');

-- The public record of how each case reached its status
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_note, public_entry, status_after)
select i.id, timestamp(least(date_add(i.received_on, interval 7 day), date('2026-11-20')), '12:00:00'),
       coalesce(a.username, 'admin'), 'STATUS_CHANGED', concat('RECEIVED → ', i.status),
       case i.status when 'MERGED' then 'Käsitellään yhdessä yläkoulun pysäköintiä koskevan asian kanssa.'
                     when 'TRANSFERRED' then 'Siirretty liikuntapalveluiden ylläpitäjälle.' else null end,
       true, i.status
from initiative i left join staff_user a on a.id = i.assigned_agent_id
where i.status <> 'RECEIVED'


order by i.id;
