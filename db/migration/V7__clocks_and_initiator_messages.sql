-- What the initiator was told and when (Local Government Act §23: the initiator must be told of the measures
-- taken), the deadlines each case runs against, and the reminder job's bookkeeping.

create table initiator_message (
    id            bigint       not null auto_increment primary key,
    initiative_id bigint       not null,
    -- Helsinki date the message went out
    sent_on       date         not null,
    channel       varchar(16)  not null,
    purpose       varchar(16)  not null,
    body          text         not null,
    recorded_at   datetime(6)  not null,
    recorded_by   varchar(64)  not null,
    constraint fk_initiator_message_initiative foreign key (initiative_id) references initiative (id),
    constraint ck_initiator_message_channel check (channel in ('EMAIL', 'LETTER', 'PHONE', 'MEETING', 'OTHER')),
    constraint ck_initiator_message_purpose check (purpose in ('ACKNOWLEDGEMENT', 'ANSWER', 'DECISION', 'OTHER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_initiator_message_case on initiator_message (initiative_id, sent_on, id);

-- The deadlines of open cases, kept by the application whenever a case or its municipality's targets change:
-- a projection of the clock rules that workload and reminder queries can filter and count with an index
create table case_deadline (
    initiative_id bigint      not null,
    kind          varchar(24) not null,
    due_on        date        not null,
    -- When it was met; null while it still runs
    met_on        date        null,
    primary key (initiative_id, kind),
    constraint fk_case_deadline_initiative foreign key (initiative_id) references initiative (id),
    constraint ck_case_deadline_kind check (kind in ('STATUTORY_COUNCIL', 'ACKNOWLEDGE', 'FIRST_ANSWER', 'DECISION'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_case_deadline_running on case_deadline (met_on, due_on, initiative_id);

-- One row per reminder period: whichever server inserts it runs that period, the others (and a restart) skip it
create table reminder_run (
    run_on      date        not null primary key,
    started_at  datetime(6) not null,
    finished_at datetime(6) null,
    server      varchar(120) not null,
    reminders   int         null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One row per reminder sent: a deadline is announced once as approaching and once as passed, ever
create table reminder_sent (
    initiative_id bigint      not null,
    kind          varchar(24) not null,
    due_on        date        not null,
    stage         varchar(16) not null,
    sent_at       datetime(6) not null,
    primary key (initiative_id, kind, due_on, stage),
    constraint ck_reminder_stage check (stage in ('APPROACHING', 'PASSED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
