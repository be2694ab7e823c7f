-- Personal data only as long as needed, and private links that stay private (issue 16, items 6 and 7).

-- Unsubscribe links: only their SHA-256 is kept. Every message to a follower carries a link of its own (a row
-- here), so a link in an older message keeps working and the database holds no usable one.
create table follow_unsubscribe_token (
    token_hash      char(64)    not null primary key,
    subscription_id bigint      not null,
    issued_at       datetime(6) not null,
    constraint fk_unsubscribe_token_subscription foreign key (subscription_id) references subscription (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The clear tokens so far, hashed as the application hashes them (SHA-256 of the UTF-8 text, lower-case hex),
-- so links in mails already sent still work
insert into follow_unsubscribe_token (token_hash, subscription_id, issued_at)
select lower(sha2(unsubscribe_token, 256)), id, requested_at from subscription;

alter table subscription drop index uq_subscription_unsubscribe;
alter table subscription drop column unsubscribe_token;

-- An address that unsubscribed is no longer kept
delete from subscription where state = 'UNSUBSCRIBED';

-- The outbox: whether a message carries a private link (receipt, confirmation, unsubscribe), and what it is
-- about ('submission:<id>', 'subscription:<id>'), so that it goes when its subject is erased
alter table outbox_message
    add column private_link boolean not null default false after dedup_key,
    add column about varchar(64) null after private_link;

update outbox_message set private_link = true
where body like '%/my-initiative?token=%' or body like '%/follow-confirm?token=%' or body like '%/unsubscribe?token=%';

update outbox_message
set about = concat('submission:', substring_index(substring_index(dedup_key, ':', 2), ':', -1))
where dedup_key like 'submission-%';

update outbox_message
set about = concat('subscription:', substring_index(substring_index(dedup_key, ':', 2), ':', -1))
where dedup_key like 'follow:%';

-- What was delivered keeps no usable link
update outbox_message
set body = regexp_replace(body, '([?&]token=)[A-Za-z0-9_-]+', '\\1…')
where private_link and status = 'SENT';

create index ix_outbox_about on outbox_message (about);
create index ix_outbox_private_sent on outbox_message (private_link, sent_at);
create index ix_outbox_recipient on outbox_message (recipient);

-- The initiator's contact details, anonymised under retention: when (null while kept)
alter table initiative_initiator add column anonymised_at datetime(6) null;

-- Looking up what is held about an e-mail address
create index ix_initiator_email on initiative_initiator (email);
create index ix_submission_email on submission (submitter_email);

-- The public forms' tickets are accepted once: the hash of each ticket used, until it would have expired anyway
create table form_ticket_used (
    ticket_hash char(64)    not null primary key,
    expires_at  datetime(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_form_ticket_expiry on form_ticket_used (expires_at);

-- The daily retention run, once across servers: whoever inserts the day's row runs it
create table retention_run (
    run_on                  date        not null primary key,
    started_at              datetime(6) not null,
    finished_at             datetime(6) null,
    server                  varchar(190) not null,
    initiators_anonymised   int         not null default 0,
    follows_deleted         int         not null default 0,
    submissions_deleted     int         not null default 0,
    mails_deleted           int         not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Every export and erasure of what is held about an address: who, when, the address's hash (never the address)
-- and what was found or erased
create table personal_data_request (
    id            bigint       not null auto_increment primary key,
    occurred_at   datetime(6)  not null,
    actor         varchar(64)  not null,
    action        varchar(16)  not null,
    email_hash    char(64)     not null,
    -- the municipalities the actor's scope covered, or null for the whole deployment
    scope         varchar(500) null,
    cases         int          not null,
    submissions   int          not null,
    follows       int          not null,
    mails         int          not null,
    constraint ck_personal_data_action check (action in ('EXPORT', 'ERASE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_personal_data_request_time on personal_data_request (occurred_at, id);
