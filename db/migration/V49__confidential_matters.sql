-- Publicity of a case (issue 16): PUBLIC, AFTER_SCREENING (registered, not yet accepted or published by an agent)
-- or CONFIDENTIAL (Act on the Openness of Government Activities 621/1999 §24, with its legal ground, an optional
-- end date and a title residents may see). Every public read filters on it through one condition
-- (initiative.application.PublicCases). The cases so far were all public, and stay so.
alter table initiative
    add column publicity           varchar(20)  not null default 'PUBLIC' after status,
    add column confidential_ground varchar(80)  null after publicity,
    add column confidential_until  date         null after confidential_ground,
    add column public_title        varchar(200) null after confidential_until,
    -- when the case last became public or stopped being so
    add column publicity_changed_at datetime(6) null after public_title;

-- The public lists' validity stamp: the newest change among the public cases, and the last time any case
-- appeared or went (a case going leaves no public row behind to move the first). Each is one index read.
create index ix_initiative_publicity_updated on initiative (publicity, updated_at);
create index ix_initiative_publicity_changed on initiative (publicity_changed_at);

-- A part of a case kept from residents on its own: hidden from every public read of that part until its end
-- date (a Helsinki date: public from the day after) or for good without one.
alter table hearing
    add column confidential        boolean     not null default false,
    add column confidential_ground varchar(80) null,
    add column confidential_until  date        null;
alter table statement_request
    add column confidential        boolean     not null default false,
    add column confidential_ground varchar(80) null,
    add column confidential_until  date        null;
alter table decision_record
    add column confidential        boolean     not null default false,
    add column confidential_ground varchar(80) null,
    add column confidential_until  date        null;
alter table case_step
    add column confidential        boolean     not null default false,
    add column confidential_ground varchar(80) null,
    add column confidential_until  date        null;
alter table case_step_link
    add column confidential        boolean     not null default false,
    add column confidential_ground varchar(80) null,
    add column confidential_until  date        null;

-- Every staff view of a non-public case (Act 906/2019 §17): who, when, which case. Written by the application,
-- read by the municipality's administrators; never updated.
create table confidential_access_log (
    id              bigint       not null auto_increment primary key,
    initiative_id   bigint       not null,
    municipality_id bigint       not null,
    staff_user_id   bigint       null,
    username        varchar(64)  not null,
    viewed_at       datetime(6)  not null,
    view            varchar(40)  not null,
    key ix_access_log_municipality (municipality_id, viewed_at, id),
    key ix_access_log_case (initiative_id, viewed_at),
    constraint fk_access_log_initiative foreign key (initiative_id) references initiative (id),
    constraint fk_access_log_municipality foreign key (municipality_id) references municipality (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
