-- the "Internet+" portal (P1-P4, S5): service items per agency, one-time codes for public sign-in,
-- online applications with their history, attachments, ratings, and idempotency keys of public
-- submissions
create schema if not exists portal;

create table portal.service_item (
    id               uuid primary key,
    agency_id        uuid          not null,
    code             varchar(40)   not null unique,
    name             varchar(200)  not null,
    type             varchar(30)   not null check (type in ('CONSULTATION', 'GUIDANCE_REQUEST',
                       'MEDIATION_APPLICATION', 'HEARING_REQUEST', 'APPROVAL', 'COMPLAINT_REPORT', 'FEEDBACK')),
    description      varchar(2000),
    materials        jsonb         not null default '[]',
    time_limit_days  integer       not null check (time_limit_days between 1 and 365),
    legal_basis      varchar(500)  not null,
    active           boolean       not null default true,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);

create index service_item_agency_idx on portal.service_item (agency_id, active);

create table portal.one_time_code (
    id          uuid primary key,
    phone_index varchar(64)  not null,
    code_hash   varchar(64)  not null,
    expires_at  timestamptz  not null,
    attempts    integer      not null default 0,
    used_at     timestamptz,
    client      varchar(64)  not null,
    created_at  timestamptz  not null
);

create index one_time_code_phone_idx on portal.one_time_code (phone_index, created_at desc);
create index one_time_code_client_idx on portal.one_time_code (client, created_at desc);

create table portal.application (
    id               uuid primary key,
    tracking_number  varchar(16)   not null unique,
    service_item_id  uuid          not null references portal.service_item (id),
    agency_id        uuid          not null,
    type             varchar(30)   not null,
    channel          varchar(10)   not null check (channel in ('WEB', 'KIOSK', 'API', 'WALK_IN')),
    status           varchar(20)   not null check (status in ('SUBMITTED', 'MATERIAL_REQUESTED', 'ACCEPTED',
                       'REFUSED', 'COMPLETED')),
    applicant_name   varchar(100)  not null,
    phone_sealed     bytea         not null,
    phone_index      varchar(64)   not null,
    phone_masked     varchar(20)   not null,
    identifier_sealed bytea,
    identifier_masked varchar(20),
    party_id         uuid,
    account_id       uuid,
    entered_by       uuid,
    content          varchar(4000) not null,
    details          jsonb         not null default '{}',
    due_by           date          not null,
    outcome          varchar(4000),
    linked_type      varchar(30),
    linked_id        uuid,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0
);

create index application_agency_idx on portal.application (agency_id, status, created_at desc);
create index application_account_idx on portal.application (account_id, created_at desc);
create index application_phone_idx on portal.application (phone_index, created_at desc);

create table portal.application_event (
    id             uuid primary key,
    application_id uuid          not null references portal.application (id) on delete cascade,
    status         varchar(20)   not null,
    note           varchar(4000),
    by_applicant   boolean       not null,
    at             timestamptz   not null
);

create index application_event_idx on portal.application_event (application_id, at);

create table portal.attachment (
    id             uuid primary key,
    application_id uuid          not null references portal.application (id) on delete cascade,
    filename       varchar(200)  not null,
    content_type   varchar(100)  not null,
    size           integer       not null,
    sha256         varchar(64)   not null,
    content        bytea         not null,
    by_applicant   boolean       not null,
    created_at     timestamptz   not null
);

create index attachment_application_idx on portal.attachment (application_id);

create table portal.rating (
    application_id uuid primary key references portal.application (id),
    agency_id      uuid          not null,
    stars          integer       not null check (stars between 1 and 5),
    comment        varchar(1000),
    created_at     timestamptz   not null
);

create index rating_agency_idx on portal.rating (agency_id, created_at);

create table portal.idempotency_key (
    client       varchar(100) not null,
    key          varchar(100) not null,
    tracking_number varchar(16),
    created_at   timestamptz  not null,
    primary key (client, key)
);
