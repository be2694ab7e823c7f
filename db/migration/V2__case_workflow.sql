-- The case workflow: process templates (the city's preparation and decision-communication steps as data),
-- each case's step records with evidence links, and what the case log needs for a public timeline.

create table process_template (
    id           bigint       not null auto_increment primary key,
    name         varchar(120) not null,
    -- Copies of a template form a lineage; each copy gets the next number
    version_no   int          not null,
    based_on_id  bigint       null,
    -- DRAFT: an admin edits it; PUBLISHED: frozen, cases may use it
    state        varchar(16)  not null,
    is_default   boolean      not null default false,
    created_at   datetime(6)  not null,
    created_by   varchar(64)  not null,
    published_at datetime(6)  null,
    version      bigint       not null default 0,
    constraint fk_template_based_on foreign key (based_on_id) references process_template (id),
    constraint ck_template_state check (state in ('DRAFT', 'PUBLISHED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table process_step (
    id              bigint       not null auto_increment primary key,
    template_id     bigint       not null,
    position        int          not null,
    name_fi         varchar(300) not null,
    name_sv         varchar(300) not null,
    name_en         varchar(300) not null,
    responsible     varchar(40)  not null,
    optional        boolean      not null default false,
    -- The status a case may not enter before this step is done or marked not applicable
    required_before varchar(32)  null,
    constraint fk_process_step_template foreign key (template_id) references process_template (id) on delete cascade,
    constraint ck_process_step_required_before check (required_before is null or required_before in
        ('DECISION_PROPOSED', 'DECIDED', 'DECISION_COMMUNICATED', 'CLOSED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_process_step_template on process_step (template_id, position);

alter table initiative
    add column process_template_id bigint null after assigned_agent_id,
    add column preparer_id bigint null after process_template_id,
    add column merged_into_id bigint null after preparer_id,
    add constraint fk_initiative_template foreign key (process_template_id) references process_template (id),
    add constraint fk_initiative_preparer foreign key (preparer_id) references staff_user (id),
    add constraint fk_initiative_merged_into foreign key (merged_into_id) references initiative (id);

create index ix_initiative_preparer_status on initiative (preparer_id, status);

create table case_step (
    id            bigint       not null auto_increment primary key,
    initiative_id bigint       not null,
    step_id       bigint       not null,
    state         varchar(16)  not null default 'OPEN',
    done_on       date         null,
    due_on        date         null,
    done_by       varchar(200) null,
    note          text         null,
    public_entry  boolean      not null default false,
    updated_at    datetime(6)  null,
    updated_by    varchar(64)  null,
    version       bigint       not null default 0,
    constraint fk_case_step_initiative foreign key (initiative_id) references initiative (id),
    constraint fk_case_step_step foreign key (step_id) references process_step (id),
    constraint uq_case_step unique (initiative_id, step_id),
    constraint ck_case_step_state check (state in ('OPEN', 'PLANNED', 'DONE', 'NOT_APPLICABLE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Overdue planned steps across cases (reminders, workload)
create index ix_case_step_due on case_step (state, due_on);

create table case_step_link (
    case_step_id bigint        not null,
    position     int           not null,
    kind         varchar(20)   not null,
    url          varchar(2000) not null,
    label        varchar(200)  null,
    primary key (case_step_id, position),
    constraint fk_case_step_link_step foreign key (case_step_id) references case_step (id) on delete cascade,
    constraint ck_case_step_link_kind check (kind in
        ('PRESS_RELEASE', 'WEB_PAGE', 'HEARING', 'AGENDA', 'MINUTES', 'SOCIAL_MEDIA', 'OTHER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A log entry may be shown to residents with a note written for them; the internal details stay internal.
alter table case_event
    add column public_note varchar(2000) null after details,
    add column case_step_id bigint null after public_note,
    add column status_after varchar(32) null after case_step_id;

create index ix_case_event_public on case_event (initiative_id, public_entry, occurred_at, id);

-- The default template: Pori's preparation and decision-communication process, 14 steps.
insert into process_template (name, version_no, state, is_default, created_at, created_by, published_at)
values ('Valmistelu- ja päätösviestintä (Pori)', 1, 'PUBLISHED', true, utc_timestamp(6), 'system', utc_timestamp(6));
set @template = last_insert_id();

insert into process_step (template_id, position, name_fi, name_sv, name_en, responsible, optional, required_before) values
(@template, 1, 'Toimiva johto informoi keskeisiä luottamushenkilöitä suullisesti',
 'Ledningen informerar centrala förtroendevalda muntligt',
 'Management informs key elected officials orally', 'MANAGEMENT', false, 'DECISION_PROPOSED'),
(@template, 2, 'Kun valmistelun kulusta on sovittu, medialle lähtee tiedote tai kutsu tiedotustilaisuuteen',
 'När beredningens gång är överenskommen går ett pressmeddelande eller en inbjudan till presskonferens till medierna',
 'Once the course of preparation is agreed, a press release or press-conference invitation goes to the media',
 'COMMUNICATIONS', false, 'DECISION_PROPOSED'),
(@template, 3, 'Keskeiset tiedot henkilöstölle samanaikaisesti mediatiedotteen kanssa',
 'De viktigaste uppgifterna till personalen samtidigt med pressmeddelandet',
 'Key facts go to staff at the same time as the media release', 'STAFF_COMMUNICATIONS', true, null),
(@template, 4, 'Aineisto julkaistaan verkkosivuilla ja keskustelu avataan sosiaalisessa mediassa',
 'Materialet publiceras på webbplatsen och en diskussion öppnas i sociala medier',
 'Material is published on the web site and a discussion is opened on social media',
 'PREPARER_AND_COMMUNICATIONS', false, 'DECISION_PROPOSED'),
(@template, 5, 'Avataan julkinen kuuleminen, esim. otakantaa.fi',
 'Ett offentligt hörande öppnas, t.ex. dinasikt.fi',
 'A public hearing is opened, e.g. on otakantaa.fi', 'PREPARER', false, 'DECISION_PROPOSED'),
(@template, 6, 'Valmistellaan asukastilaisuus; sen ajankohta kerrotaan mieluiten jo tiedotteessa',
 'Ett invånarmöte förbereds; tidpunkten meddelas helst redan i pressmeddelandet',
 'A resident event is prepared; its time is best announced already in the press release',
 'COMMUNICATIONS', true, null),
(@template, 7, 'Sidosryhmiä pidetään ajan tasalla niille suunnatulla tiedolla',
 'Intressenterna hålls uppdaterade med information riktad till dem',
 'Stakeholders are kept up to date with information aimed at them', 'MANAGEMENT_AND_PREPARER', true, null),
(@template, 8, 'Tietoja päivitetään joka vaiheessa verkkoon, tiedotteisiin ja tarvittaessa esitteisiin ja uusiin asukastilaisuuksiin',
 'Uppgifterna uppdateras i varje skede på webben, i pressmeddelanden och vid behov i broschyrer och nya invånarmöten',
 'At each stage the information is updated on the web, in press releases and, where needed, in brochures and new resident events',
 'PREPARER_AND_COMMUNICATIONS', true, null),
(@template, 9, 'Vaihtoehdot ja niiden vaikutukset esitellään julkisesti ennen päätösesitystä',
 'Alternativen och deras konsekvenser presenteras offentligt före beslutsförslaget',
 'Alternatives and their impacts are presented publicly before the decision proposal',
 'PREPARER', false, 'DECISION_PROPOSED'),
(@template, 10, 'Päätösesitys perusteluineen julkaistaan toimielimen esityslistalla ja esityslista internetissä',
 'Beslutsförslaget med motivering publiceras på organets föredragningslista och listan på internet',
 'The decision proposal with its grounds is published on the body''s agenda, and the agenda on the internet',
 'SECRETARY', false, 'DECIDED'),
(@template, 11, 'Medialle tiedotetaan päätösesityksestä',
 'Medierna informeras om beslutsförslaget',
 'The media is informed of the decision proposal', 'COMMUNICATIONS', true, null),
(@template, 12, 'Päätöksestä tiedotetaan medialle, ja toimielimen sihteeri tiedottaa asianosaisille',
 'Beslutet meddelas medierna och organets sekreterare informerar parterna',
 'The decision is announced to the media, and the body''s secretary notifies the parties concerned',
 'COMMUNICATIONS_AND_SECRETARY', false, 'DECISION_COMMUNICATED'),
(@template, 13, 'Sihteeri päivittää esityslistan pöytäkirjaksi verkkosivuille',
 'Sekreteraren uppdaterar föredragningslistan till protokoll på webbplatsen',
 'The secretary updates the agenda into minutes on the web site', 'SECRETARY', false, 'CLOSED'),
(@template, 14, 'Päätetystä vaihtoehdosta laaditaan havainnollistavaa materiaalia asukastilaisuuksiin, sidosryhmätapaamisiin ja verkkoon',
 'Illustrerande material om det beslutade alternativet tas fram för invånarmöten, intressentmöten och webben',
 'Illustrative material on the decided option is prepared for resident events, stakeholder meetings and the web',
 'PREPARER_AND_COMMUNICATIONS', true, null);

-- Cases already past screening follow the default template from now on
update initiative set process_template_id = @template
where status in ('ACCEPTED', 'IN_PREPARATION', 'DECISION_PROPOSED', 'DECIDED', 'DECISION_COMMUNICATED', 'CLOSED');

insert into case_step (initiative_id, step_id, state)
select i.id, s.id, 'OPEN' from initiative i join process_step s on s.template_id = i.process_template_id;
