create schema if not exists directory;

create table directory.agency (
    id            uuid primary key,
    code          varchar(32)  not null unique,
    name          varchar(100) not null,
    division_code char(6)      not null check (division_code ~ '^[0-9]{6}$'),
    level         varchar(16)  not null,
    kind          varchar(16)  not null,
    parent_id     uuid references directory.agency (id),
    head_name     varchar(50)  not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

create table directory.officer (
    id                 uuid primary key,
    agency_id          uuid        not null references directory.agency (id),
    name               varchar(50) not null,
    certificate_number varchar(32) not null unique,
    position           varchar(50),
    created_at         timestamptz not null,
    version            bigint      not null default 0
);

create index officer_agency_idx on directory.officer (agency_id);

create table directory.party (
    id                      uuid primary key,
    kind                    varchar(16)  not null check (kind in ('PERSON', 'ORGANIZATION')),
    name                    varchar(100) not null,
    id_number_sealed        bytea,
    id_number_index         char(64) unique,
    id_number_masked        varchar(18),
    credit_code             char(18) unique,
    category                varchar(32)  not null,
    address                 varchar(200),
    phone                   varchar(20),
    registered_by_agency_id uuid,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0,
    constraint party_identifier check (
        (kind = 'PERSON' and id_number_sealed is not null and id_number_index is not null and credit_code is null)
        or (kind = 'ORGANIZATION' and credit_code is not null and id_number_sealed is null))
);

create index party_name_idx on directory.party (lower(name) varchar_pattern_ops);
create index party_category_idx on directory.party (category);
