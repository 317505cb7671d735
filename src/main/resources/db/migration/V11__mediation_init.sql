create schema if not exists mediation;

create sequence mediation.case_number_seq;

create table mediation.mediation_case (
    id                  uuid primary key,
    number              varchar(40)   not null unique,
    agency_id           uuid          not null,
    procedure           varchar(10)   not null check (procedure in ('SIMPLE', 'GENERAL')),
    origin              varchar(12)   not null check (origin in ('APPLICATION', 'EX_OFFICIO')),
    dispute_type        varchar(24)   not null,
    summary             varchar(4000) not null,
    parties             jsonb         not null,
    sessions            jsonb         not null default '[]',
    status              varchar(20)   not null check (status in ('AWAITING_CONSENT', 'AWAITING_ACCEPTANCE', 'ACCEPTED',
                                                                 'IN_SESSION', 'AGREED', 'TERMINATED', 'REFUSED')),
    acceptance_accepted boolean,
    acceptance_reason   varchar(2000),
    session_at          timestamptz,
    place               varchar(200),
    notes               varchar(2000),
    decided_at          timestamptz,
    facts_found         varchar(4000),
    terms               varchar(4000),
    agreed_at           timestamptz,
    closing_reason      varchar(2000),
    referral            varchar(16),
    closed_at           timestamptz,
    started_by          uuid          not null,
    created_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint agreed_has_terms check (status <> 'AGREED' or (facts_found is not null and terms is not null))
);

create index mediation_case_agency_idx on mediation.mediation_case (agency_id, created_at desc);
create index mediation_case_parties_idx on mediation.mediation_case using gin (parties jsonb_path_ops);
