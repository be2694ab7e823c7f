-- Residents follow an initiative, or a municipality's new initiatives, by e-mail: double opt-in, one-click
-- unsubscribe. Addresses are personal data: never shown, used only for these messages.

create table subscription (
    id                  bigint       not null auto_increment primary key,
    email               varchar(254) not null,
    -- What is followed: 'I:<initiative id>' or 'M:<municipality id>'; one subscription per address and target
    target              varchar(40)  not null,
    initiative_id       bigint       null,
    municipality_id     bigint       null,
    language            char(2)      not null,
    state               varchar(16)  not null,
    -- SHA-256 of the confirmation link's token; the link expires (requested_at + 48 h)
    confirm_token_hash  char(64)     null,
    -- The unsubscribe link's token, kept as is: every later message carries it, and it can do nothing but end
    -- this one subscription
    unsubscribe_token   varchar(64)  not null,
    requested_at        datetime(6)  not null,
    confirmed_at        datetime(6)  null,
    unsubscribed_at     datetime(6)  null,
    client_hash         char(64)     not null,
    constraint uq_subscription_target unique (email, target),
    constraint uq_subscription_confirm unique (confirm_token_hash),
    constraint uq_subscription_unsubscribe unique (unsubscribe_token),
    constraint fk_subscription_initiative foreign key (initiative_id) references initiative (id),
    constraint fk_subscription_municipality foreign key (municipality_id) references municipality (id),
    constraint ck_subscription_state check (state in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    constraint ck_subscription_one_target check ((initiative_id is null) <> (municipality_id is null))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Who to tell of a change: the confirmed followers of a case, or of a municipality
create index ix_subscription_initiative on subscription (initiative_id, state);
create index ix_subscription_municipality on subscription (municipality_id, state);
create index ix_subscription_client on subscription (client_hash, requested_at);
