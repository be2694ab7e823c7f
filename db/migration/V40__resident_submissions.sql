-- Initiatives residents submit on the web form wait here for moderation; nothing in this table is public.
-- Publishing makes a case (channel RESIDENT_WEB_FORM); the submission then points to it.

create table submission (
    id                bigint        not null auto_increment primary key,
    municipality_id   bigint        not null,
    title             varchar(200)  not null,
    proposal          text          not null,
    theme             varchar(32)   null,
    submitter_name    varchar(200)  not null,
    submitter_email   varchar(254)  not null,
    submitter_phone   varchar(40)   null,
    name_public       boolean       not null default false,
    -- The language the resident used: their e-mails go in it
    language          char(2)       not null,
    state             varchar(16)   not null,
    -- Why it was rejected (SPAM, ABUSE, OFF_TOPIC, OTHER), and the moderator's words to the resident
    rejection_reason  varchar(16)   null,
    moderator_message varchar(2000) null,
    initiative_id     bigint        null,
    -- The private follow link's token, hashed (SHA-256, hex): the link itself is only in the resident's hands
    token_hash        char(64)      not null,
    -- A keyed hash of the sender's address, for rate limits without keeping addresses
    client_hash       char(64)      not null,
    submitted_at      datetime(6)   not null,
    moderated_at      datetime(6)   null,
    moderated_by      varchar(64)   null,
    version           bigint        not null default 0,
    constraint uq_submission_token unique (token_hash),
    constraint fk_submission_municipality foreign key (municipality_id) references municipality (id),
    constraint fk_submission_initiative foreign key (initiative_id) references initiative (id),
    constraint ck_submission_state check (state in ('PENDING', 'FIX_REQUESTED', 'PUBLISHED', 'MERGED', 'REJECTED')),
    constraint ck_submission_reason check (rejection_reason is null or rejection_reason in
        ('SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The moderation queue, oldest first per state
create index ix_submission_state on submission (state, submitted_at, id);
-- Rate limits: recent submissions from one sender
create index ix_submission_client on submission (client_hash, submitted_at);
