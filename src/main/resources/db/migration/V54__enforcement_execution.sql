-- Issue 23: the execution of a decision's fines (API.md, "Decision, delivery, execution, closing"):
-- the payments recorded with their bank or non-tax payment reference (罚缴分离, APL art. 67), the
-- party's applications to defer or pay by instalments (APL art. 66) and the head's decision on them,
-- the 催告书 (Administrative Coercion Law art. 54) and the application to the people's court for
-- enforcement with its ruling (ACL art. 53). Each row is written once by its step; the case's status
-- (DELIVERED → ENFORCEMENT_APPLIED) stays in enforcement_case.

create table enforcement.fine_payment (
    id           uuid           primary key,
    case_id      uuid           not null references enforcement.enforcement_case (id),
    agency_id    uuid           not null,
    amount       numeric(14, 2) not null check (amount > 0),
    paid_on      date           not null,
    reference    varchar(100)   not null check (length(trim(reference)) > 0),
    recorded_by  uuid           not null,
    recorded_at  timestamptz    not null,
    version      bigint         not null default 0
);

-- a payment reference is used once, whatever the case
create unique index fine_payment_reference on enforcement.fine_payment (reference);
create index fine_payment_by_case on enforcement.fine_payment (case_id, paid_on);

create table enforcement.payment_arrangement (
    id                  uuid           primary key,
    case_id             uuid           not null references enforcement.enforcement_case (id),
    agency_id           uuid           not null,
    kind                varchar(12)    not null check (kind in ('DEFERRAL', 'INSTALMENTS')),
    reason              varchar(2000)  not null,
    deferred_to         date,
    outstanding         numeric(14, 2) not null,
    status              varchar(10)    not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_on        date           not null,
    requested_at        timestamptz    not null,
    requested_by        uuid           not null,
    requested_by_party  boolean        not null,
    decided_by          uuid,
    decided_at          timestamptz,
    note                varchar(2000),
    version             bigint         not null default 0,
    constraint arrangement_has_terms check ((kind = 'DEFERRAL') = (deferred_to is not null))
);

create index payment_arrangement_by_case on enforcement.payment_arrangement (case_id, requested_at);

create table enforcement.payment_instalment (
    arrangement_id  uuid           not null references enforcement.payment_arrangement (id),
    position        integer        not null,
    due_on          date           not null,
    amount          numeric(14, 2) not null check (amount > 0),
    primary key (arrangement_id, position)
);

create table enforcement.payment_reminder (
    id               uuid           primary key,
    case_id          uuid           not null unique references enforcement.enforcement_case (id),
    agency_id        uuid           not null,
    document_number  varchar(60)    not null,
    issued_on        date           not null,
    outstanding      numeric(14, 2) not null,
    late_fee         numeric(14, 2) not null,
    issued_by        uuid           not null,
    issued_at        timestamptz    not null,
    version          bigint         not null default 0
);

create table enforcement.enforcement_application (
    id           uuid           primary key,
    case_id      uuid           not null unique references enforcement.enforcement_case (id),
    agency_id    uuid           not null,
    court        varchar(200)   not null,
    applied_on   date           not null,
    outstanding  numeric(14, 2) not null,
    applied_by   uuid           not null,
    applied_at   timestamptz    not null,
    ruling       varchar(12)    check (ruling in ('ENFORCED', 'REFUSED', 'TERMINATED')),
    ruling_on    date,
    ruling_note  varchar(2000),
    ruling_by    uuid,
    ruling_at    timestamptz,
    version      bigint         not null default 0,
    constraint ruling_complete check ((ruling is null) = (ruling_on is null))
);
