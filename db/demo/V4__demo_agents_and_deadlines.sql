-- Demo: what each agent covers, districts, the municipalities' electorate and own targets, messages to initiators,
-- and the deadlines these imply (the application keeps them itself from here on).

update municipality set electorate_size = 68000, assignment_policy = 'ROUND_ROBIN',
                        acknowledge_days = 14, first_answer_days = 90, decision_days = 180
where code = '609';
-- Kankaanpää: 140 signatures are 2 % of its electorate, so the Niinisalo survey initiative runs the statutory clock
update municipality set electorate_size = 7000, assignment_policy = 'LEAST_WORKLOAD', acknowledge_days = 14
where code = '214';

insert into district (municipality_id, name_fi, name_sv)
select id, d.fi, d.sv from municipality,
    (select 'Keskusta' fi, 'Centrum' sv union all select 'Väinölä', 'Väinölä' union all
     select 'Itä-Pori', 'Östra Björneborg' union all select 'Yyteri', 'Ytterö' union all
     select 'Pihlava', 'Pihlava' union all select 'Noormarkku', 'Norrmark') d
where code = '609';
insert into district (municipality_id, name_fi, name_sv)
select id, d.fi, d.sv from municipality,
    (select 'Keskusta' fi, 'Centrum' sv union all select 'Niinisalo', 'Niinisalo') d
where code = '214';

-- Aino takes Pori's youth, culture and participation matters in the east and centre; Ville the traffic and
-- environment matters of both municipalities
insert into agent_municipality (staff_user_id, municipality_id)
select u.id, m.id from staff_user u, municipality m
where (u.username = 'aino' and m.code = '609') or (u.username = 'ville' and m.code in ('609', '214'));
insert into agent_theme (staff_user_id, theme)
select u.id, t.theme from staff_user u,
    (select 'aino' who, 'YOUTH' theme union all select 'aino', 'CULTURE' union all select 'aino', 'DEMOCRACY'
     union all select 'ville', 'TRAFFIC' union all select 'ville', 'ENVIRONMENT' union all select 'ville', 'SPORTS') t
where u.username = t.who;
insert into agent_district (staff_user_id, district_id)
select u.id, d.id from staff_user u join district d
join municipality m on m.id = d.municipality_id
where u.username = 'aino' and m.code = '609' and d.name_fi in ('Itä-Pori', 'Keskusta');

-- Ville is on holiday at Christmas, Aino standing in
insert into agent_absence (staff_user_id, starts_on, ends_on, substitute_id, note, created_at, created_by)
select v.id, '2026-12-21', '2027-01-06', a.id, 'Joululoma', '2026-11-20 10:00:00', 'admin'
from staff_user v, staff_user a where v.username = 'ville' and a.username = 'aino';

-- Themes and districts of the demo cases
update initiative i join district d on d.municipality_id = i.municipality_id and d.name_fi = 'Väinölä'
set i.theme = 'TRAFFIC', i.district_id = d.id where i.title like 'Katuvalot Väinölän%';
update initiative i join district d on d.municipality_id = i.municipality_id and d.name_fi = 'Itä-Pori'
set i.theme = 'YOUTH', i.district_id = d.id where i.title = 'Nuorisotila Itä-Poriin';
update initiative i join district d on d.municipality_id = i.municipality_id and d.name_fi = 'Yyteri'
set i.theme = 'ACCESSIBILITY', i.district_id = d.id where i.title like 'Uimarannan esteettömyys%';
update initiative i join district d on d.municipality_id = i.municipality_id and d.name_fi = 'Pihlava'
set i.theme = 'ENVIRONMENT', i.district_id = d.id where i.title = 'Koirapuisto Pihlavaan';
update initiative set theme = 'CULTURE' where title like 'Kirjaston aukioloajat%';
update initiative set theme = 'SPORTS' where title like 'Ulkokuntosali Niinisaloon%';
update initiative i join district d on d.municipality_id = i.municipality_id and d.name_fi = 'Niinisalo'
set i.district_id = d.id where i.title like 'Ulkokuntosali Niinisaloon%';
update initiative set theme = 'TRAFFIC' where title like 'Kevyen liikenteen silta%' or title like 'Mopoautojen%';
update initiative set theme = 'CULTURE' where title like 'Kankaanpään torin%';

-- What the initiators were told: an acknowledgement for the cases in preparation and decided, and the decision
-- notice for the closed one. The communicated case has nothing recorded yet, so it cannot be closed until it has.
insert into initiator_message (initiative_id, sent_on, channel, purpose, body, recorded_at, recorded_by)
select i.id, date_add(i.received_on, interval 5 day), 'EMAIL', 'ACKNOWLEDGEMENT',
       concat('Kiitos aloitteestanne "', i.title, '". Aloite on kirjattu, ja sen käsittelyä voi seurata kaupungin verkkosivuilla.'),
       '2026-11-20 10:00:00', coalesce(a.username, 'admin')
from initiative i left join staff_user a on a.id = i.assigned_agent_id
where i.status in ('IN_PREPARATION', 'DECISION_PROPOSED', 'DECIDED', 'CLOSED');
insert into initiator_message (initiative_id, sent_on, channel, purpose, body, recorded_at, recorded_by)
select i.id, least(date_add(i.received_on, interval 60 day), date('2026-11-20')), 'EMAIL', 'DECISION',
       concat('Aloitteestanne "', i.title, '" on tehty päätös. Päätös ja perustelut löytyvät pöytäkirjasta.'),
       '2026-11-20 10:00:00', coalesce(a.username, 'admin')
from initiative i left join staff_user a on a.id = i.assigned_agent_id
where i.status = 'CLOSED';

-- The deadlines the rules give these cases (what CaseClocks computes, written once here in SQL)
insert into case_deadline (initiative_id, kind, due_on, met_on)
select i.id, 'STATUTORY_COUNCIL', date_add(i.received_on, interval 6 month),
       (select date(min(e.occurred_at)) from case_event e where e.initiative_id = i.id
            and e.status_after in ('DECIDED', 'DECISION_COMMUNICATED', 'CLOSED'))
from initiative i join municipality m on m.id = i.municipality_id
where i.council_competence and m.electorate_size is not null and i.signatory_count * 50 >= m.electorate_size
  and i.status not in ('MERGED', 'TRANSFERRED', 'REJECTED', 'WITHDRAWN');
insert into case_deadline (initiative_id, kind, due_on, met_on)
select i.id, 'ACKNOWLEDGE', date_add(i.received_on, interval m.acknowledge_days day),
       (select min(x.sent_on) from initiator_message x where x.initiative_id = i.id)
from initiative i join municipality m on m.id = i.municipality_id
where m.acknowledge_days is not null and i.status not in ('MERGED', 'TRANSFERRED', 'REJECTED', 'WITHDRAWN');
insert into case_deadline (initiative_id, kind, due_on, met_on)
select i.id, 'FIRST_ANSWER', date_add(i.received_on, interval m.first_answer_days day),
       (select min(x.sent_on) from initiator_message x where x.initiative_id = i.id and x.purpose in ('ANSWER', 'DECISION'))
from initiative i join municipality m on m.id = i.municipality_id
where m.first_answer_days is not null and i.status not in ('MERGED', 'TRANSFERRED', 'REJECTED', 'WITHDRAWN');
insert into case_deadline (initiative_id, kind, due_on, met_on)
select i.id, 'DECISION', date_add(i.received_on, interval m.decision_days day),
       (select date(min(e.occurred_at)) from case_event e where e.initiative_id = i.id
            and e.status_after in ('DECIDED', 'DECISION_COMMUNICATED', 'CLOSED'))
from initiative i join municipality m on m.id = i.municipality_id
where m.decision_days is not null and i.status not in ('MERGED', 'TRANSFERRED', 'REJECTED', 'WITHDRAWN');
