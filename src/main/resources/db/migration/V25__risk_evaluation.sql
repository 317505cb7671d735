-- the periodic evaluation report of an agency's legal-risk prevention (R5, LH21): its figures
-- computed from platform data, the conclusions the officer writes; final reports are numbered
-- and never change
create table risk.evaluation (
    id           uuid primary key,
    agency_id    uuid          not null,
    period_from  date          not null,
    period_to    date          not null,
    status       varchar(8)    not null check (status in ('DRAFT', 'FINAL')),
    figures      jsonb         not null,
    conclusions  varchar(8000),
    number       varchar(40) unique,
    created_by   uuid          not null,
    created_at   timestamptz   not null,
    finalised_by uuid,
    finalised_at timestamptz,
    version      bigint,
    constraint final_is_numbered check (status = 'DRAFT' or (number is not null and conclusions is not null)),
    constraint period_in_order check (period_to >= period_from)
);

create index evaluation_agency_idx on risk.evaluation (agency_id, created_at desc);
