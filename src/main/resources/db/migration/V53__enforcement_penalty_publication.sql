-- Issue 23: the 公示 of penalty decisions (APL art. 48). An ordinary-procedure decision imposing a
-- penalty is published when it is delivered, as the public may read it: a natural person's name
-- and identifier already masked here (the full values never reach this table); withdrawn when the
-- decision is revoked (the row stays, out of the lists). A revocation arriving before its
-- publication leaves a withdrawn row alone, so that the late publication does not show it.

create table enforcement.penalty_publication (
    document_number   varchar(60)   primary key,
    case_id           uuid          not null,
    agency_id         uuid          not null,
    agency_name       varchar(200),
    party_kind        varchar(20),
    party_name        varchar(200),
    party_identifier  varchar(40),
    violation         varchar(200),
    penalties         varchar(4000),
    legal_basis       varchar(400),
    decided_on        date,
    published_on      date,
    published_at      timestamptz,
    withdrawn_at      timestamptz,
    withdrawal_reason varchar(2000),
    -- what the search text q is looked for in: the name as shown, the number, the violation
    search_text       text          generated always as (lower(coalesce(party_name, '') || ' ' || document_number
                                        || ' ' || coalesce(violation, ''))) stored,
    check (withdrawn_at is not null or (published_at is not null and party_name is not null
                                        and penalties is not null and decided_on is not null))
);

create index penalty_publication_listed on enforcement.penalty_publication (published_on desc, document_number)
    where withdrawn_at is null;
create index penalty_publication_by_agency on enforcement.penalty_publication (agency_id, published_on desc)
    where withdrawn_at is null;
-- q is matched as a fragment (lower(search_text) like '%q%'): the lists are an agency's decisions
-- of some years, scanned within the partial index's rows; no extension is needed for it
