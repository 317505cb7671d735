-- information sharing among agencies (J2): explicit rules (owner shares record types with a recipient, for a
-- purpose and a period, approved by a supervisor other than the proposer, revocable at once) and the log of
-- every read of a shared record, for the owning agency to see
create table joint.sharing_rule (
    id                  uuid primary key,
    owner_agency_id     uuid          not null,
    recipient_agency_id uuid          not null,
    record_types        varchar(20)[] not null check (cardinality(record_types) > 0),
    purpose             varchar(500)  not null check (length(btrim(purpose)) > 0),
    legal_basis         varchar(300),
    valid_from          date          not null,
    valid_until         date          not null,
    status              varchar(10)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'REVOKED')),
    proposed_by         uuid          not null,
    proposed_at         timestamptz   not null,
    decided_by          uuid,
    decided_at          timestamptz,
    decision_note       varchar(500),
    revoked_by          uuid,
    revoked_at          timestamptz,
    revoke_reason       varchar(500),
    version             bigint        not null default 0,
    check (owner_agency_id <> recipient_agency_id),
    check (valid_until >= valid_from),
    check (decided_by is null or decided_by <> proposed_by)
);

create index sharing_rule_recipient_idx on joint.sharing_rule (recipient_agency_id, owner_agency_id) where status = 'APPROVED';
create index sharing_rule_owner_idx on joint.sharing_rule (owner_agency_id);

create table joint.shared_read (
    id                bigserial primary key,
    rule_id           uuid         references joint.sharing_rule (id), -- null only when the rule ended while the read ran
    owner_agency_id   uuid         not null,
    reader_agency_id  uuid         not null,
    reader_account_id uuid         not null,
    reader_name       varchar(100) not null,
    record_type       varchar(20)  not null,
    record_id         uuid         not null,
    via               varchar(10)  not null,
    read_at           timestamptz  not null
);

create index shared_read_owner_idx on joint.shared_read (owner_agency_id, read_at desc);
create index shared_read_rule_idx on joint.shared_read (rule_id, read_at desc);
