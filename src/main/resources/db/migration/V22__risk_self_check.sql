-- a party's self-check against the catalogues in effect for its category (R4, 自查自纠):
-- its answer to every point and the list of its own risks with the measures, kept on its account
create table risk.self_check (
    id             uuid primary key,
    party_id       uuid        not null,
    account_id     uuid        not null,
    party_category varchar(30) not null,
    answers        jsonb       not null,
    risks          integer     not null,
    created_at     timestamptz not null
);

create index self_check_party_idx on risk.self_check (party_id, created_at desc);
