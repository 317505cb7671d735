-- an inspection plan drawn by risk (R6 targeting): the top parties by current score, mixed with a
-- random share drawn from the rest (双随机 stays lawful), the draw's seed recorded so it can be
-- checked
create table risk.inspection_plan (
    id            uuid primary key,
    agency_id     uuid        not null,
    period_from   date        not null,
    period_to     date        not null,
    party_category varchar(30),
    size          integer     not null check (size between 1 and 10000),
    random_share  numeric(4, 3) not null check (random_share between 0 and 1),
    seed          bigint      not null,
    model_version varchar(40) not null,
    created_by    uuid        not null,
    created_at    timestamptz not null,
    constraint plan_period_in_order check (period_to >= period_from)
);

create table risk.inspection_plan_target (
    plan_id   uuid          not null references risk.inspection_plan (id) on delete cascade,
    position  integer       not null,
    party_id  uuid          not null,
    selection varchar(8)    not null check (selection in ('RISK', 'RANDOM')),
    score     numeric(7, 1),
    grade     varchar(6),
    primary key (plan_id, position)
);
