-- Aloitepolku core schema: municipalities, staff accounts, initiatives (cases) and the case event log.
-- Times are DATETIME(6) in UTC; calendar dates (received_on) are Europe/Helsinki dates.

create table municipality (
    id           bigint       not null auto_increment primary key,
    -- Statistics Finland municipality code, e.g. 609 = Pori
    code         char(3)      not null,
    name_fi      varchar(100) not null,
    name_sv      varchar(100) not null,
    version      bigint       not null default 0,
    constraint uq_municipality_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table staff_user (
    id            bigint       not null auto_increment primary key,
    username      varchar(64)  not null,
    display_name  varchar(120) not null,
    email         varchar(254) not null,
    -- Jakarta Security Pbkdf2PasswordHash format: algorithm:iterations:salt:hash
    password_hash varchar(255) not null,
    active        boolean      not null default true,
    created_at    datetime(6)  not null,
    version       bigint       not null default 0,
    constraint uq_staff_user_username unique (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table staff_user_role (
    staff_user_id bigint      not null,
    role          varchar(32) not null,
    primary key (staff_user_id, role),
    constraint fk_staff_user_role_user foreign key (staff_user_id) references staff_user (id) on delete cascade,
    constraint ck_staff_user_role check (role in ('ADMIN', 'AGENT', 'PREPARER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table initiative (
    id                bigint        not null auto_increment primary key,
    municipality_id   bigint        not null,
    title             varchar(200)  not null,
    proposal          text          not null,
    channel           varchar(32)   not null,
    signatory_count   int           not null default 1,
    received_on       date          not null,
    status            varchar(32)   not null,
    assigned_agent_id bigint        null,
    created_at        datetime(6)   not null,
    updated_at        datetime(6)   not null,
    version           bigint        not null default 0,
    constraint fk_initiative_municipality foreign key (municipality_id) references municipality (id),
    constraint fk_initiative_agent foreign key (assigned_agent_id) references staff_user (id),
    constraint ck_initiative_signatories check (signatory_count >= 1),
    constraint ck_initiative_channel check (channel in
        ('RESIDENT_WEB_FORM', 'EMAIL', 'PAPER', 'KUNTALAISALOITE_FI', 'COUNCIL', 'SURVEY', 'WORKING_GROUP')),
    constraint ck_initiative_status check (status in
        ('RECEIVED', 'ACCEPTED', 'MERGED', 'TRANSFERRED', 'REJECTED', 'IN_PREPARATION', 'DECISION_PROPOSED',
         'DECIDED', 'DECISION_COMMUNICATED', 'CLOSED', 'WITHDRAWN'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Keyset lists: newest first, optionally narrowed to a municipality and/or a status
create index ix_initiative_received on initiative (received_on, id);
create index ix_initiative_municipality_received on initiative (municipality_id, received_on, id);
create index ix_initiative_status_received on initiative (status, received_on, id);
create index ix_initiative_municipality_status_received on initiative (municipality_id, status, received_on, id);
create index ix_initiative_agent_status on initiative (assigned_agent_id, status);

-- The initiator's personal data lives apart from the public case row: public reads never join this table.
create table initiative_initiator (
    initiative_id bigint       not null primary key,
    name          varchar(200) not null,
    email         varchar(254) null,
    phone         varchar(40)  null,
    name_public   boolean      not null default false,
    constraint fk_initiator_initiative foreign key (initiative_id) references initiative (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Append-only: who did what to a case, and when. Written in the same transaction as the change.
create table case_event (
    id            bigint        not null auto_increment primary key,
    initiative_id bigint        not null,
    occurred_at   datetime(6)   not null,
    actor         varchar(64)   not null,
    kind          varchar(40)   not null,
    details       text          null,
    public_entry  boolean       not null default false,
    constraint fk_case_event_initiative foreign key (initiative_id) references initiative (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_case_event_initiative on case_event (initiative_id, occurred_at, id);

-- The log is append-only at the database level too, whatever the application does.
create trigger tr_case_event_no_update before update on case_event
    for each row signal sqlstate '45000' set message_text = 'case_event is append-only';

create trigger tr_case_event_no_delete before delete on case_event
    for each row signal sqlstate '45000' set message_text = 'case_event is append-only';
