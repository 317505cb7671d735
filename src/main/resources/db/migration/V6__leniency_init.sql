create schema if not exists leniency;

create table leniency.leniency_list (
    id             uuid primary key,
    agency_id      uuid         not null,
    kind           varchar(20)  not null check (kind in ('NO_PENALTY', 'LIGHTER_MITIGATED')),
    version_no     integer      not null,
    title          varchar(100) not null,
    status         varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    effective_from date,
    published_at   timestamptz,
    published_by   uuid,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    unique (agency_id, kind, version_no),
    constraint published_has_date check (status <> 'PUBLISHED' or effective_from is not null)
);

-- two published versions of one list never start on the same day; at most one draft at a time
create unique index leniency_list_effective_idx on leniency.leniency_list (agency_id, kind, effective_from)
    where status = 'PUBLISHED';
create unique index leniency_list_one_draft_idx on leniency.leniency_list (agency_id, kind)
    where status = 'DRAFT';

create table leniency.leniency_entry (
    id                uuid primary key,
    list_id           uuid          not null references leniency.leniency_list (id) on delete cascade,
    position          integer       not null,
    violation_code    varchar(40)   not null,
    law               varchar(100)  not null,
    article           varchar(60)   not null,
    conditions        jsonb         not null,
    conditions_schema integer       not null,
    treatment         varchar(20)   not null check (treatment in ('NO_PENALTY', 'LIGHTER', 'MITIGATED')),
    notes             varchar(1000)
);

create index leniency_entry_list_idx on leniency.leniency_entry (list_id, violation_code);

create table leniency.assessment (
    id             uuid primary key,
    agency_id      uuid        not null,
    party_id       uuid        not null,
    case_id        uuid,
    violation_code varchar(40) not null,
    occurred_on    date        not null,
    facts          jsonb       not null,
    treatment      varchar(20) not null,
    list_id        uuid,
    list_entry_id  uuid,
    outcome        jsonb       not null,
    assessed_by    uuid        not null,
    created_at     timestamptz not null
);

create index assessment_case_idx on leniency.assessment (case_id) where case_id is not null;
