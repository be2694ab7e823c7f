-- Every e-mail the system sends goes through the outbox, written in the transaction of the change that caused it;
-- a sender delivers it later with retries. Staff notifications are the in-app list of the same events.

create table outbox_message (
    id              bigint        not null auto_increment primary key,
    created_at      datetime(6)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    -- PENDING: to send (when next_attempt_at has come); SENDING: claimed by a sender until claimed_until;
    -- SENT; FAILED: gave up after the maximum attempts (an admin may retry)
    status          varchar(16)   not null,
    attempts        int           not null default 0,
    next_attempt_at datetime(6)   not null,
    claimed_until   datetime(6)   null,
    sent_at         datetime(6)   null,
    last_error      varchar(500)  null,
    -- A caller's key for "this message once": a second enqueue with the same key is ignored
    dedup_key       varchar(190)  null,
    version         bigint        not null default 0,
    constraint uq_outbox_dedup unique (dedup_key),
    constraint ck_outbox_status check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The sender's query: what is due now
create index ix_outbox_due on outbox_message (status, next_attempt_at, id);

create table staff_notification (
    id            bigint        not null auto_increment primary key,
    recipient_id  bigint        not null,
    created_at    datetime(6)   not null,
    kind          varchar(40)   not null,
    initiative_id bigint        null,
    -- Rendered in the reader's language when shown: the arguments, not the text, are stored
    args          varchar(1000) not null,
    read_at       datetime(6)   null,
    constraint fk_notification_recipient foreign key (recipient_id) references staff_user (id) on delete cascade,
    constraint fk_notification_initiative foreign key (initiative_id) references initiative (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The unread badge and the newest-first list of one person
create index ix_notification_recipient on staff_notification (recipient_id, read_at, id);

-- The language of a staff member's e-mails
alter table staff_user add column language char(2) not null default 'fi';
