create schema if not exists security;

create table security.account (
    id              uuid primary key,
    username        varchar(64)  not null unique,
    display_name    varchar(100) not null,
    password_hash   varchar(200) not null,
    roles           varchar(200) not null,
    agency_id       uuid,
    officer_id      uuid,
    party_id        uuid,
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);

create index account_agency_idx on security.account (agency_id);

-- HMAC key for bearer tokens, shared by every app node on the database
create table security.signing_key (
    id         integer primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null default now()
);
