create schema if not exists enforcement;

create table enforcement.violation_type (
    id              uuid primary key,
    agency_id       uuid          not null,
    code            varchar(40)   not null,
    title           varchar(100)  not null,
    description     varchar(1000) not null,
    law             varchar(100)  not null,
    article         varchar(60)   not null,
    fine            boolean       not null,
    fine_min        numeric(14, 2),
    fine_max        numeric(14, 2),
    other_penalties varchar(200),
    benchmark       jsonb         not null default '[]',
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    unique (agency_id, code),
    constraint fine_range check (not fine or (fine_min is not null and fine_max is not null and fine_min <= fine_max))
);

create table enforcement.inspection (
    id              uuid primary key,
    agency_id       uuid          not null,
    party_id        uuid          not null,
    officer_id      uuid          not null,
    inspected_on    date          not null,
    place           varchar(200)  not null,
    findings        varchar(4000) not null,
    violation_found boolean       not null,
    created_at      timestamptz   not null,
    version         bigint        not null default 0
);

create index inspection_party_idx on enforcement.inspection (party_id, inspected_on desc);

create sequence enforcement.case_number_seq;

create table enforcement.enforcement_case (
    id                     uuid primary key,
    number                 varchar(40)   not null unique,
    agency_id              uuid          not null,
    party_id               uuid          not null,
    violation_type_id      uuid          not null references enforcement.violation_type (id),
    violation_code         varchar(40)   not null,
    occurred_on            date          not null,
    facts                  varchar(4000) not null,
    origin                 varchar(16)   not null check (origin in ('INSPECTION', 'COMPLAINT', 'GUIDANCE', 'EX_OFFICIO')),
    origin_id              uuid,
    evidence               jsonb         not null default '[]',
    status                 varchar(20)   not null check (status in ('OPEN', 'INVESTIGATED', 'AWAITING_REVIEW', 'DECIDED', 'CLOSED')),
    findings               varchar(4000),
    harm                   varchar(16),
    first_offence          boolean,
    corrected              boolean,
    corrected_on           date,
    commitment_signed      boolean,
    rectification_verified boolean,
    proposed_treatment     varchar(20),
    proposal_entry_id      uuid,
    proposal_list_version  varchar(40),
    proposal_assessment_id uuid,
    proposal_reasons       jsonb,
    treatment              varchar(20),
    amount                 numeric(14, 2),
    benchmark_level        varchar(20),
    decision_reasons       varchar(4000),
    decision_law           varchar(100),
    decision_article       varchar(60),
    departed               boolean       not null default false,
    departure_reason       varchar(2000),
    outside_benchmark      boolean       not null default false,
    decided_by             uuid,
    decided_at             timestamptz,
    review                 varchar(16)   not null default 'NONE',
    reviewed_by            uuid,
    reviewed_at            timestamptz,
    review_note            varchar(2000),
    opened_by              uuid          not null,
    created_at             timestamptz   not null,
    closed_at              timestamptz,
    version                bigint        not null default 0,
    constraint decided_has_basis check (status not in ('DECIDED', 'CLOSED')
        or (treatment is not null and decision_law is not null and decision_article is not null))
);

create index case_agency_status_idx on enforcement.enforcement_case (agency_id, status, created_at desc);
-- the offence history a leniency assessment reads: established violations of a party by date
create index case_history_idx on enforcement.enforcement_case (party_id, violation_code, occurred_on)
    where status in ('DECIDED', 'CLOSED') and treatment <> 'NOT_ESTABLISHED';
create index case_type_decided_idx on enforcement.enforcement_case (violation_code, agency_id)
    where status in ('DECIDED', 'CLOSED');

create table enforcement.coercive_measure (
    id                            uuid primary key,
    case_id                       uuid          not null references enforcement.enforcement_case (id),
    agency_id                     uuid          not null,
    kind                          varchar(32)   not null,
    scheduled_at                  timestamptz   not null,
    why_non_coercive_insufficient varchar(2000) not null,
    scope                         varchar(1000) not null,
    urgent                        boolean       not null,
    urgency                       varchar(1000),
    status                        varchar(20)   not null check (status in ('PENDING_APPROVAL', 'APPROVED', 'REJECTED')),
    requested_by                  uuid          not null,
    decided_by                    uuid,
    decided_at                    timestamptz,
    note                          varchar(1000),
    created_at                    timestamptz   not null,
    version                       bigint        not null default 0,
    constraint urgent_has_urgency check (not urgent or urgency is not null)
);

create index coercive_case_idx on enforcement.coercive_measure (case_id);
