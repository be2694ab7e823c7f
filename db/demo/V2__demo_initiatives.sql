-- Demo initiatives in different stages, each with its first case-log entry.

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Katuvalot Väinölän kevyen liikenteen väylälle',
       'Väinölän ja keskustan välinen kevyen liikenteen väylä on pimeä lokakuusta maaliskuuhun. Esitämme, että väylälle asennetaan katuvalot ennen seuraavaa syksyä, jotta koululaiset ja työmatkapyöräilijät voivat kulkea turvallisesti.',
       'EMAIL', 1, '2026-09-14', 'RECEIVED', u.id, '2026-09-14 09:30:00', '2026-09-14 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'aino';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Eeva Esimerkki', 'eeva.esimerkki@example.com', '040 123 4567', true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-09-14 09:30:00', 'aino', 'REGISTERED', 'channel: EMAIL; receivedOn: 2026-09-14', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Nuorisotila Itä-Poriin',
       'Itä-Porin nuorilla ei ole omaa kokoontumistilaa iltaisin. Nuorisovaltuusto esittää, että Itä-Poriin avataan nuorisotila esimerkiksi koulun yhteyteen.',
       'COUNCIL', 1, '2026-08-30', 'ACCEPTED', u.id, '2026-08-30 09:30:00', '2026-08-30 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'aino';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Porin nuorisovaltuusto', 'nuva@example.com', null, true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-08-30 09:30:00', 'aino', 'REGISTERED', 'channel: COUNCIL; receivedOn: 2026-08-30', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Uimarannan esteettömyys Yyterissä',
       'Yyterin uimarannalle tarvitaan liikkumisesteisille sopiva rantaan vievä kulkuväylä ja pukukoppi. Nyt pyörätuolilla tai rollaattorilla ei pääse veden ääreen.',
       'PAPER', 214, '2026-06-02', 'IN_PREPARATION', u.id, '2026-06-02 09:30:00', '2026-06-02 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'aino';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Kalle Kuntalainen', null, '044 765 4321', false);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-06-02 09:30:00', 'aino', 'REGISTERED', 'channel: PAPER; receivedOn: 2026-06-02', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Koirapuisto Pihlavaan',
       'Pihlavassa ei ole aidattua koirapuistoa. Ehdotamme koirapuiston rakentamista vanhan pallokentän laitaan.',
       'RESIDENT_WEB_FORM', 58, '2026-05-18', 'DECISION_PROPOSED', u.id, '2026-05-18 09:30:00', '2026-05-18 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'aino';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Sari Seuralainen', 'sari@example.com', null, true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-05-18 09:30:00', 'aino', 'REGISTERED', 'channel: RESIDENT_WEB_FORM; receivedOn: 2026-05-18', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Kirjaston aukioloajat iltaan',
       'Pääkirjasto sulkeutuu arkisin liian aikaisin. Esitämme aukioloaikojen pidentämistä kello 20:een maanantaista torstaihin.',
       'KUNTALAISALOITE_FI', 312, '2026-03-10', 'DECIDED', u.id, '2026-03-10 09:30:00', '2026-03-10 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Matti Meikäläinen', 'matti@example.com', null, true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-03-10 09:30:00', 'ville', 'REGISTERED', 'channel: KUNTALAISALOITE_FI; receivedOn: 2026-03-10', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Penkkejä Kirjurinluodon reiteille',
       'Kirjurinluodon kävelyreiteillä on liian vähän levähdyspaikkoja ikääntyneille. Vanhusneuvosto esittää penkkien lisäämistä 300 metrin välein.',
       'COUNCIL', 1, '2026-02-03', 'DECISION_COMMUNICATED', u.id, '2026-02-03 09:30:00', '2026-02-03 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Porin vanhusneuvosto', 'vanhusneuvosto@example.com', null, true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-02-03 09:30:00', 'ville', 'REGISTERED', 'channel: COUNCIL; receivedOn: 2026-02-03', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Roska-astioita Kallioon',
       'Kallion kaupunginosan puistoihin tarvitaan lisää roska-astioita ja niiden tyhjennystä kesäaikana useammin.',
       'EMAIL', 3, '2025-11-20', 'CLOSED', u.id, '2025-11-20 09:30:00', '2025-11-20 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'aino';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Pirjo Puistolainen', 'pirjo@example.com', null, false);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2025-11-20 09:30:00', 'aino', 'REGISTERED', 'channel: EMAIL; receivedOn: 2025-11-20', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Kaupunginteatterin opiskelijalippu',
       'Opiskelijoille toivotaan edullisempaa lippua kaupunginteatterin näytöksiin.',
       'RESIDENT_WEB_FORM', 1, '2026-10-01', 'WITHDRAWN', u.id, '2026-10-01 09:30:00', '2026-10-01 09:30:00'
from municipality m, staff_user u where m.code = '609' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Olli Opiskelija', 'olli@example.com', null, false);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-10-01 09:30:00', 'ville', 'REGISTERED', 'channel: RESIDENT_WEB_FORM; receivedOn: 2026-10-01', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Kankaanpään torin kesätapahtumat',
       'Innovaatiotyöryhmä esittää, että torille järjestetään kesäkuukausina viikoittainen iltatapahtuma paikallisten yhdistysten kanssa. Idea nousi asukaskyselyn kärkeen.',
       'WORKING_GROUP', 1, '2026-05-27', 'IN_PREPARATION', u.id, '2026-05-27 09:30:00', '2026-05-27 09:30:00'
from municipality m, staff_user u where m.code = '214' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Kankaanpään innovaatiotyöryhmä', null, null, true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-05-27 09:30:00', 'ville', 'REGISTERED', 'channel: WORKING_GROUP; receivedOn: 2026-05-27', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Ulkokuntosali Niinisaloon',
       'Asukaskyselyssä toivottiin ulkokuntosalia Niinisalon koulun viereen kaikenikäisten käyttöön.',
       'SURVEY', 146, '2026-04-15', 'ACCEPTED', u.id, '2026-04-15 09:30:00', '2026-04-15 09:30:00'
from municipality m, staff_user u where m.code = '214' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Asukaskysely 2026', null, null, true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-04-15 09:30:00', 'ville', 'REGISTERED', 'channel: SURVEY; receivedOn: 2026-04-15', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Kevyen liikenteen silta Pohjanjoen yli',
       'Pohjanjoen ylittävä kevyen liikenteen silta lyhentäisi koulumatkaa merkittävästi. Esitämme sillan suunnittelun aloittamista.',
       'KUNTALAISALOITE_FI', 402, '2026-01-22', 'DECIDED', u.id, '2026-01-22 09:30:00', '2026-01-22 09:30:00'
from municipality m, staff_user u where m.code = '214' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Tiina Tienvarsi', 'tiina@example.com', null, true);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-01-22 09:30:00', 'ville', 'REGISTERED', 'channel: KUNTALAISALOITE_FI; receivedOn: 2026-01-22', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Mopoautojen pysäköinti koululla',
       'Yläkoulun pihalle tarvitaan merkityt mopoautojen pysäköintipaikat.',
       'EMAIL', 1, '2026-10-20', 'MERGED', u.id, '2026-10-20 09:30:00', '2026-10-20 09:30:00'
from municipality m, staff_user u where m.code = '214' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Jussi Jalankulkija', 'jussi@example.com', '050 111 2222', false);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-10-20 09:30:00', 'ville', 'REGISTERED', 'channel: EMAIL; receivedOn: 2026-10-20', false);

insert into initiative (municipality_id, title, proposal, channel, signatory_count, received_on, status,
                        assigned_agent_id, created_at, updated_at)
select m.id, 'Ilmainen kuntosalivuoro eläkeläisille',
       'Eläkeläisille esitetään ilmaista aamupäivän vuoroa kaupungin kuntosalille.',
       'PAPER', 27, '2026-07-08', 'TRANSFERRED', u.id, '2026-07-08 09:30:00', '2026-07-08 09:30:00'
from municipality m, staff_user u where m.code = '214' and u.username = 'ville';
set @case_id = last_insert_id();
insert into initiative_initiator (initiative_id, name, email, phone, name_public)
values (@case_id, 'Kerttu Kuntoilija', null, null, false);
insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry)
values (@case_id, '2026-07-08 09:30:00', 'ville', 'REGISTERED', 'channel: PAPER; receivedOn: 2026-07-08', false);
