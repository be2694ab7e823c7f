-- The consultation record of a case (issue 5): hearings, the councils registry with statement requests, and
-- the decision record. Times DATETIME(6) UTC; calendar dates DATE (Helsinki).

create table hearing (
    id               bigint        not null auto_increment primary key,
    initiative_id    bigint        not null,
    kind             varchar(24)   not null,
    title            varchar(200)  not null,
    -- A consultation, survey or discussion is open for a period of days
    opens_on         date          null,
    closes_on        date          null,
    -- A resident event or stakeholder meeting happens at a time and place
    starts_at        datetime(6)   null,
    ends_at          datetime(6)   null,
    place            varchar(300)  null,
    accessibility    varchar(1000) null,
    attendance       int           null,
    url              varchar(2000) null,
    summary          text          null,
    created_at       datetime(6)   not null,
    updated_at       datetime(6)   not null,
    version          bigint        not null default 0,
    constraint fk_hearing_initiative foreign key (initiative_id) references initiative (id),
    constraint ck_hearing_kind check (kind in ('OTAKANTAA', 'LAUSUNTOPALVELU', 'RESIDENT_EVENT', 'SURVEY',
        'SOCIAL_MEDIA', 'STAKEHOLDER_MEETING', 'OTHER')),
    constraint ck_hearing_attendance check (attendance is null or attendance >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_hearing_initiative on hearing (initiative_id, id);

create table hearing_attachment (
    hearing_id bigint        not null,
    position   int           not null,
    url        varchar(2000) not null,
    label      varchar(200)  null,
    primary key (hearing_id, position),
    constraint fk_hearing_attachment_hearing foreign key (hearing_id) references hearing (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table council (
    id         bigint       not null auto_increment primary key,
    kind       varchar(24)  not null,
    name_fi    varchar(200) not null,
    name_sv    varchar(200) null,
    created_at datetime(6)  not null,
    updated_at datetime(6)  not null,
    version    bigint       not null default 0,
    constraint ck_council_kind check (kind in ('YOUTH', 'ELDERLY', 'DISABILITY', 'AREA_FORUM', 'RESIDENT_PANEL',
        'OTHER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A council may serve several municipalities (e.g. a joint elderly council)
create table council_municipality (
    council_id      bigint not null,
    municipality_id bigint not null,
    primary key (council_id, municipality_id),
    constraint fk_council_municipality_council foreign key (council_id) references council (id) on delete cascade,
    constraint fk_council_municipality_municipality foreign key (municipality_id) references municipality (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_council_municipality_municipality on council_municipality (municipality_id, council_id);

-- Roles of a public body (chair, secretary…) with their terms; no contact data is kept here
create table council_member (
    council_id  bigint       not null,
    position    int          not null,
    name        varchar(200) not null,
    role        varchar(16)  not null,
    valid_from  date         not null,
    valid_until date         null,
    primary key (council_id, position),
    constraint fk_council_member_council foreign key (council_id) references council (id) on delete cascade,
    constraint ck_council_member_role check (role in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table statement_request (
    id             bigint        not null auto_increment primary key,
    initiative_id  bigint        not null,
    council_id     bigint        not null,
    requested_on   date          not null,
    deadline       date          not null,
    state          varchar(16)   not null,
    answered_on    date          null,
    statement_text text          null,
    statement_url  varchar(2000) null,
    note           varchar(2000) null,
    created_at     datetime(6)   not null,
    updated_at     datetime(6)   not null,
    version        bigint        not null default 0,
    constraint fk_statement_request_initiative foreign key (initiative_id) references initiative (id),
    constraint fk_statement_request_council foreign key (council_id) references council (id),
    constraint ck_statement_request_state check (state in ('REQUESTED', 'RECEIVED', 'DECLINED', 'NO_ANSWER')),
    constraint ck_statement_request_deadline check (deadline >= requested_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_statement_request_initiative on statement_request (initiative_id, id);
create index ix_statement_request_council on statement_request (council_id, state, deadline);
-- Overdue open requests across cases (the agents' workload): state = REQUESTED and deadline < today
create index ix_statement_request_overdue on statement_request (state, deadline, initiative_id);

create table decision_record (
    id                 bigint        not null auto_increment primary key,
    initiative_id      bigint        not null,
    body_kind          varchar(16)   not null,
    body_name          varchar(200)  not null,
    body_abbreviation  varchar(20)   not null,
    meeting_date       date          not null,
    section_no         int           not null,
    diary_number       varchar(40)   not null,
    proposal_text      text          not null,
    decision_text      text          null,
    outcome            varchar(24)   not null,
    agenda_url         varchar(2000) null,
    minutes_url        varchar(2000) null,
    -- "KHALL 27.05.2024 § 185" as shown, and its search key "KHALL 27.05.2024 185" (upper case, no §)
    citation           varchar(80)   not null,
    citation_key       varchar(80)   not null,
    created_at         datetime(6)   not null,
    updated_at         datetime(6)   not null,
    version            bigint        not null default 0,
    constraint uq_decision_record_initiative unique (initiative_id),
    constraint fk_decision_record_initiative foreign key (initiative_id) references initiative (id),
    constraint ck_decision_record_body check (body_kind in ('COUNCIL', 'CITY_BOARD', 'COMMITTEE', 'OFFICIAL', 'OTHER')),
    constraint ck_decision_record_outcome check (outcome in ('PASSED_AS_PROPOSED', 'PASSED_AFTER_VOTE', 'AMENDED',
        'REJECTED', 'TABLED', 'RETURNED', 'NOTED')),
    constraint ck_decision_record_section check (section_no >= 1)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Citation and diary-number search: prefix matches on these two indexes
create index ix_decision_record_citation on decision_record (citation_key);
create index ix_decision_record_diary on decision_record (diary_number);
