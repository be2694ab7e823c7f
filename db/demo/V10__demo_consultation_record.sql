-- Demo consultation record: councils of Pori and Kankaanpää, hearings, statements, and the decision records of
-- the demo cases already decided (the "decided" status needs one).

insert into council (kind, name_fi, name_sv, created_at, updated_at) values
    ('YOUTH', 'Porin nuorisovaltuusto', 'Björneborgs ungdomsfullmäktige', '2026-01-05 08:00:00', '2026-01-05 08:00:00'),
    ('ELDERLY', 'Porin vanhusneuvosto', 'Björneborgs äldreråd', '2026-01-05 08:00:00', '2026-01-05 08:00:00'),
    ('AREA_FORUM', 'Länsi-Porin aluefoorumi', null, '2026-01-05 08:00:00', '2026-01-05 08:00:00'),
    ('YOUTH', 'Kankaanpään nuorisovaltuusto', 'Kankaanpää ungdomsfullmäktige', '2026-01-05 08:00:00', '2026-01-05 08:00:00'),
    ('ELDERLY', 'Kankaanpään vanhusneuvosto', 'Kankaanpää äldreråd', '2026-01-05 08:00:00', '2026-01-05 08:00:00'),
    -- One disability council serves both municipalities
    ('DISABILITY', 'Pohjois-Satakunnan yhteinen vammaisneuvosto', 'Gemensamma rådet för personer med funktionsnedsättning i norra Satakunta',
     '2026-01-05 08:00:00', '2026-01-05 08:00:00');

insert into council_municipality (council_id, municipality_id)
select c.id, m.id from council c join municipality m
  on (m.code = '609' and c.name_fi in ('Porin nuorisovaltuusto', 'Porin vanhusneuvosto', 'Länsi-Porin aluefoorumi',
                                       'Pohjois-Satakunnan yhteinen vammaisneuvosto'))
  or (m.code = '214' and c.name_fi in ('Kankaanpään nuorisovaltuusto', 'Kankaanpään vanhusneuvosto',
                                       'Pohjois-Satakunnan yhteinen vammaisneuvosto'));

insert into council_member (council_id, position, name, role, valid_from, valid_until)
select id, 0, 'Emma Nurmi', 'CHAIR', '2025-06-01', '2027-05-31' from council where name_fi = 'Porin nuorisovaltuusto'
union all select id, 1, 'Onni Laine', 'VICE_CHAIR', '2025-06-01', '2027-05-31' from council where name_fi = 'Porin nuorisovaltuusto'
union all select id, 2, 'Sanna Koski', 'SECRETARY', '2025-06-01', null from council where name_fi = 'Porin nuorisovaltuusto'
union all select id, 0, 'Raili Heinonen', 'CHAIR', '2025-06-01', '2029-05-31' from council where name_fi = 'Porin vanhusneuvosto'
union all select id, 0, 'Aleksi Salo', 'CHAIR', '2025-06-01', '2027-05-31' from council where name_fi = 'Kankaanpään nuorisovaltuusto'
union all select id, 0, 'Marjatta Lehto', 'CHAIR', '2025-06-01', '2029-05-31' from council where name_fi = 'Pohjois-Satakunnan yhteinen vammaisneuvosto';

-- Hearings: an otakantaa.fi survey and a resident event on the beach case, an otakantaa.fi hearing on the
-- library case, a lausuntopalvelu.fi request on the Kankaanpää bridge
insert into hearing (initiative_id, kind, title, opens_on, closes_on, url, summary, created_at, updated_at)
select id, 'OTAKANTAA', 'Kysely Yyterin uimarannan esteettömyydestä', '2026-10-01', '2026-10-31',
       'https://www.otakantaa.fi/fi-FI/projects/yyterin-esteettomyys', 'Vastauksia tuli 164. Eniten toivottiin rantaan ulottuvaa kulkumattoa, esteetöntä pukukoppia ja lisää penkkejä.',
       '2026-09-28 10:00:00', '2026-11-02 10:00:00'
from initiative where title = 'Uimarannan esteettömyys Yyterissä';

insert into hearing (initiative_id, kind, title, starts_at, ends_at, place, accessibility, attendance, created_at, updated_at)
select id, 'RESIDENT_EVENT', 'Asukastilaisuus: esteetön Yyteri', '2026-12-10 16:00:00', '2026-12-10 17:30:00',
       'Yyterin kylpylähotellin kokoustila, Sipintie 1, Pori', 'Esteetön sisäänkäynti, induktiosilmukka, viittomakielen tulkkaus pyydettäessä.',
       null, '2026-11-10 10:00:00', '2026-11-10 10:00:00'
from initiative where title = 'Uimarannan esteettömyys Yyterissä';

insert into hearing (initiative_id, kind, title, opens_on, closes_on, url, summary, created_at, updated_at)
select id, 'OTAKANTAA', 'Kirjaston iltaaukiolo: kerro toiveesi', '2026-03-20', '2026-04-10',
       'https://www.otakantaa.fi/fi-FI/projects/porin-kirjasto-illat', 'Vastaajista 71 % toivoi aukioloa arki-iltaisin kello 20:een, erityisesti opiskelijat ja vuorotyötä tekevät.',
       '2026-03-18 10:00:00', '2026-04-12 10:00:00'
from initiative where title = 'Kirjaston aukioloajat iltaan';

insert into hearing (initiative_id, kind, title, opens_on, closes_on, url, created_at, updated_at)
select id, 'LAUSUNTOPALVELU', 'Lausuntopyyntö: kevyen liikenteen silta Pohjanjoen yli', '2026-02-10', '2026-03-10',
       'https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=6f1c2a0e-8b4d-4c57-9a3e-2d5b7c9e1f40',
       '2026-02-09 10:00:00', '2026-03-11 10:00:00'
from initiative where title = 'Kevyen liikenteen silta Pohjanjoen yli';

insert into hearing_attachment (hearing_id, position, url, label)
select id, 0, 'https://www.pori.fi/kirjasto/kyselyn-tulokset.pdf', 'Kyselyn tulokset (PDF)'
from hearing where title = 'Kirjaston iltaaukiolo: kerro toiveesi';

-- Statement requests: received, open, and one past its deadline (it shows in the agent's workload)
insert into statement_request (initiative_id, council_id, requested_on, deadline, state, answered_on, statement_text,
                               created_at, updated_at)
select i.id, c.id, '2026-04-01', '2026-04-30', 'RECEIVED', '2026-04-22',
       'Nuorisovaltuusto kannattaa iltaaukioloa. Kirjasto on monelle nuorelle ainoa maksuton paikka viettää iltaa ja tehdä läksyjä.',
       '2026-04-01 09:00:00', '2026-04-22 12:00:00'
from initiative i, council c where i.title = 'Kirjaston aukioloajat iltaan' and c.name_fi = 'Porin nuorisovaltuusto';

insert into statement_request (initiative_id, council_id, requested_on, deadline, state, created_at, updated_at)
select i.id, c.id, '2026-10-20', '2026-11-10', 'REQUESTED', '2026-10-20 09:00:00', '2026-10-20 09:00:00'
from initiative i, council c where i.title = 'Uimarannan esteettömyys Yyterissä'
  and c.name_fi = 'Pohjois-Satakunnan yhteinen vammaisneuvosto';

insert into statement_request (initiative_id, council_id, requested_on, deadline, state, created_at, updated_at)
select i.id, c.id, '2026-11-16', '2026-12-15', 'REQUESTED', '2026-11-16 09:00:00', '2026-11-16 09:00:00'
from initiative i, council c where i.title = 'Koirapuisto Pihlavaan' and c.name_fi = 'Länsi-Porin aluefoorumi';

-- Decision records of the cases already decided (and beyond)
insert into decision_record (initiative_id, body_kind, body_name, body_abbreviation, meeting_date, section_no,
                             diary_number, proposal_text, decision_text, outcome, agenda_url, minutes_url, citation,
                             citation_key, created_at, updated_at)
select id, 'CITY_BOARD', 'Porin kaupunginhallitus', 'KHALL', '2026-06-15', 312, '812/12.00.00/2026',
       'Kaupunginhallitus päättää, että pääkirjasto on avoinna arkisin kello 20:een 1.9.2026 alkaen.',
       'Kaupunginhallitus päättää, että pääkirjasto on avoinna arkisin kello 20:een 1.9.2026 alkaen.',
       'PASSED_AS_PROPOSED', 'https://www.pori.fi/paatoksenteko/khall-2026-06-15/esityslista',
       'https://www.pori.fi/paatoksenteko/khall-2026-06-15/poytakirja', 'KHALL 15.06.2026 § 312', 'KHALL 15.06.2026 312',
       '2026-06-16 09:00:00', '2026-06-16 09:00:00'
from initiative where title = 'Kirjaston aukioloajat iltaan';

insert into decision_record (initiative_id, body_kind, body_name, body_abbreviation, meeting_date, section_no,
                             diary_number, proposal_text, decision_text, outcome, citation, citation_key, created_at,
                             updated_at)
select id, 'COMMITTEE', 'Porin kaupunkiympäristölautakunta', 'KYLK', '2026-05-12', 88, '455/10.03.00/2026',
       'Lautakunta päättää lisätä Kirjurinluodon reiteille kymmenen penkkiä vuoden 2026 aikana.',
       'Lautakunta päättää lisätä Kirjurinluodon reiteille kuusitoista penkkiä vuoden 2026 aikana.',
       'AMENDED', 'KYLK 12.05.2026 § 88', 'KYLK 12.05.2026 88', '2026-05-13 09:00:00', '2026-05-13 09:00:00'
from initiative where title = 'Penkkejä Kirjurinluodon reiteille';

insert into decision_record (initiative_id, body_kind, body_name, body_abbreviation, meeting_date, section_no,
                             diary_number, proposal_text, decision_text, outcome, citation, citation_key, created_at,
                             updated_at)
select id, 'OFFICIAL', 'Kaupungininsinööri', 'KAUPINS', '2026-01-20', 4, '2210/10.03.00/2025',
       'Kallion alueelle sijoitetaan kolme uutta roska-astiaa.', null, 'PASSED_AS_PROPOSED',
       'KAUPINS 20.01.2026 § 4', 'KAUPINS 20.01.2026 4', '2026-01-21 09:00:00', '2026-01-21 09:00:00'
from initiative where title = 'Roska-astioita Kallioon';

insert into decision_record (initiative_id, body_kind, body_name, body_abbreviation, meeting_date, section_no,
                             diary_number, proposal_text, decision_text, outcome, agenda_url, citation, citation_key,
                             created_at, updated_at)
select id, 'CITY_BOARD', 'Kankaanpään kaupunginhallitus', 'KHALL', '2026-05-25', 185, '1762/00.01.01/2026',
       'Kaupunginhallitus päättää, että kevyen liikenteen silta rakennetaan vuonna 2027, ja varaa hankkeelle 450 000 euroa.',
       'Kaupunginhallitus päättää äänin 7–4, että kevyen liikenteen silta rakennetaan vuonna 2027, ja varaa hankkeelle 450 000 euroa.',
       'PASSED_AFTER_VOTE', 'https://www.kankaanpaa.fi/paatoksenteko/khall-2026-05-25', 'KHALL 25.05.2026 § 185',
       'KHALL 25.05.2026 185', '2026-05-26 09:00:00', '2026-05-26 09:00:00'
from initiative where title = 'Kevyen liikenteen silta Pohjanjoen yli';
