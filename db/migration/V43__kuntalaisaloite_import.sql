-- kuntalaisaloite.fi import: its municipality ids are its own, so a mapping to ours; and each imported case's
-- remote identity, so that a re-import updates the case instead of making another.

create table kuntalaisaloite_municipality (
    municipality_id bigint      not null primary key,
    remote_id       varchar(40) not null,
    constraint uq_kuntalaisaloite_remote unique (remote_id),
    constraint fk_kuntalaisaloite_municipality foreign key (municipality_id) references municipality (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table external_reference (
    initiative_id bigint        not null primary key,
    source        varchar(32)   not null,
    remote_id     varchar(300)  not null,
    url           varchar(2000) null,
    synced_at     datetime(6)   not null,
    constraint uq_external_reference unique (source, remote_id),
    constraint fk_external_reference_initiative foreign key (initiative_id) references initiative (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
