-- Participation agents: the municipalities, themes and districts they cover, absences with substitutes,
-- each municipality's assignment policy, electorate and service targets, and a case's theme and district.

alter table municipality
    -- Residents entitled to vote: the base of the 2 % rule of Local Government Act §23. Null = not known.
    add column electorate_size   int         null,
    add column assignment_policy varchar(32) not null default 'ROUND_ROBIN',
    -- The municipality's own service targets in days from receipt; null = no target
    add column acknowledge_days  int         null,
    add column first_answer_days int         null,
    add column decision_days     int         null,
    -- Where round-robin continues from: the agent who got the previous case
    add column last_assigned_agent_id bigint null,
    add constraint fk_municipality_last_agent foreign key (last_assigned_agent_id) references staff_user (id),
    add constraint ck_municipality_policy check (assignment_policy in ('ROUND_ROBIN', 'LEAST_WORKLOAD')),
    add constraint ck_municipality_electorate check (electorate_size is null or electorate_size > 0),
    add constraint ck_municipality_targets check ((acknowledge_days is null or acknowledge_days between 1 and 3650)
        and (first_answer_days is null or first_answer_days between 1 and 3650)
        and (decision_days is null or decision_days between 1 and 3650));

create table district (
    id              bigint       not null auto_increment primary key,
    municipality_id bigint       not null,
    name_fi         varchar(100) not null,
    name_sv         varchar(100) not null,
    constraint fk_district_municipality foreign key (municipality_id) references municipality (id),
    constraint uq_district_name unique (municipality_id, name_fi)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

alter table initiative
    add column theme            varchar(32) null after channel,
    add column district_id      bigint      null after theme,
    -- The 6-month rule applies to matters in the council's competence: assumed so until an agent says not,
    -- so that a statutory deadline is never missed for want of a tick
    add column council_competence boolean   not null default true after district_id,
    add constraint fk_initiative_district foreign key (district_id) references district (id),
    add constraint ck_initiative_theme check (theme is null or theme in
        ('YOUTH', 'ELDERLY', 'ACCESSIBILITY', 'ENVIRONMENT', 'CULTURE', 'SPORTS', 'TRAFFIC', 'URBAN_PLANNING',
         'EDUCATION', 'SOCIAL_AND_HEALTH', 'ECONOMY', 'DEMOCRACY', 'OTHER'));

create index ix_initiative_theme_received on initiative (theme, received_on, id);
create index ix_initiative_district_received on initiative (district_id, received_on, id);

-- What an agent covers: municipalities (required for assignment), themes and districts (preferences)
create table agent_municipality (
    staff_user_id   bigint not null,
    municipality_id bigint not null,
    primary key (staff_user_id, municipality_id),
    constraint fk_agent_municipality_user foreign key (staff_user_id) references staff_user (id) on delete cascade,
    constraint fk_agent_municipality_municipality foreign key (municipality_id) references municipality (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_agent_municipality_municipality on agent_municipality (municipality_id, staff_user_id);

create table agent_theme (
    staff_user_id bigint      not null,
    theme         varchar(32) not null,
    primary key (staff_user_id, theme),
    constraint fk_agent_theme_user foreign key (staff_user_id) references staff_user (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table agent_district (
    staff_user_id bigint not null,
    district_id   bigint not null,
    primary key (staff_user_id, district_id),
    constraint fk_agent_district_user foreign key (staff_user_id) references staff_user (id) on delete cascade,
    constraint fk_agent_district_district foreign key (district_id) references district (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- An agent away for a period (Helsinki dates, both inclusive); new work goes to the substitute meanwhile
create table agent_absence (
    id            bigint       not null auto_increment primary key,
    staff_user_id bigint       not null,
    starts_on     date         not null,
    ends_on       date         not null,
    substitute_id bigint       null,
    note          varchar(200) null,
    created_at    datetime(6)  not null,
    created_by    varchar(64)  not null,
    constraint fk_absence_user foreign key (staff_user_id) references staff_user (id) on delete cascade,
    constraint fk_absence_substitute foreign key (substitute_id) references staff_user (id),
    constraint ck_absence_period check (ends_on >= starts_on),
    constraint ck_absence_not_self check (substitute_id is null or substitute_id <> staff_user_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_absence_user_period on agent_absence (staff_user_id, starts_on, ends_on);
