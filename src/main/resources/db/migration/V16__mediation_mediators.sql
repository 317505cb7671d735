-- mediators (M5; LY14): full-time and part-time mediators of an agency and external experts,
-- their assignment to cases and recusals for conflicts of interest
create table mediation.mediator (
    id         uuid primary key,
    agency_id  uuid         not null,
    name       varchar(100) not null,
    kind       varchar(10)  not null check (kind in ('FULL_TIME', 'PART_TIME', 'EXPERT')),
    account_id uuid,
    specialty  varchar(200),
    created_at timestamptz  not null
);

create index mediator_agency_idx on mediation.mediator (agency_id);

create table mediation.assignment (
    case_id        uuid         not null references mediation.mediation_case (id),
    mediator_id    uuid         not null references mediation.mediator (id),
    assigned_by    uuid         not null,
    assigned_at    timestamptz  not null,
    recused_at     timestamptz,
    recusal_reason varchar(2000),
    primary key (case_id, mediator_id)
);
