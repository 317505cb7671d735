-- reconciliation (和解) of a dispute arising from a discretionary act (M6; LY15), with the legal
-- reviewer's recorded review that it harms neither the public interest nor others' rights
create table mediation.reconciliation (
    id                     uuid primary key,
    agency_id              uuid          not null,
    party_id               uuid          not null,
    case_id                uuid,
    dispute                varchar(4000) not null,
    terms                  varchar(4000) not null,
    law                    varchar(100)  not null,
    article                varchar(60)   not null,
    status                 varchar(10)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by            uuid          not null,
    proposed_at            timestamptz   not null,
    harms_public_interest  boolean,
    harms_others_rights    boolean,
    review_note            varchar(2000),
    reviewed_by            uuid,
    reviewed_at            timestamptz,
    version                bigint        not null default 0
);

create index reconciliation_agency_idx on mediation.reconciliation (agency_id, proposed_at desc);
