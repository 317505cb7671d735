-- Issue 23: the investigation of a case (调查取证). Its records (询问笔录, 现场检查笔录), each made once
-- with its document, and the 先行登记保存 of evidence (APL art. 56): requested, approved by the head
-- with its notice and the day the decision on the things is due (7 working days), refused,
-- disposed of, or lapsed (released) when not decided on in time. Names are kept as recorded.

create table enforcement.investigation_record (
    id                uuid           primary key,
    case_id           uuid           not null references enforcement.enforcement_case (id),
    agency_id         uuid           not null,
    kind              varchar(30)    not null check (kind in ('INQUIRY', 'ON_SITE_INSPECTION')),
    document_kind     varchar(60)    not null,
    document_number   varchar(60),
    held_at           timestamptz    not null,
    place             varchar(200)   not null,
    officers          jsonb          not null,
    interviewee       jsonb,
    content           text           not null,
    evidence_ids      jsonb          not null default '[]',
    party_signed      boolean        not null,
    refusal_witness   varchar(200),
    urgent            boolean        not null default false,
    urgency           varchar(1000),
    recorded_by       uuid           not null,
    recorded_by_name  varchar(100),
    created_at        timestamptz    not null,
    version           bigint         not null default 0,
    unique (case_id, document_kind),
    check (kind <> 'INQUIRY' or interviewee is not null),
    check (party_signed or refusal_witness is not null),
    check (not urgent or urgency is not null)
);

create index investigation_record_by_case on enforcement.investigation_record (case_id, held_at);

create table enforcement.preservation (
    id                 uuid           primary key,
    case_id            uuid           not null references enforcement.enforcement_case (id),
    agency_id          uuid           not null,
    status             varchar(20)    not null
                       check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'DISPOSED', 'LAPSED')),
    items              jsonb          not null,
    reason             varchar(2000)  not null,
    officers           jsonb          not null,
    requested_by       uuid           not null,
    requested_by_name  varchar(100),
    requested_at       timestamptz    not null,
    decided_by         uuid,
    decided_by_name    varchar(100),
    decided_at         timestamptz,
    decision_note      varchar(2000),
    document_kind      varchar(60),
    document_number    varchar(60),
    decision_due       date,
    disposal           varchar(30)
                       check (disposal in ('RELEASE', 'SEAL_UP_OR_SEIZE', 'TEST', 'TRANSFER')),
    disposal_note      varchar(2000),
    disposed_by        uuid,
    disposed_by_name   varchar(100),
    disposed_at        timestamptz,
    lapsed_at          timestamptz,
    version            bigint         not null default 0,
    check (status <> 'APPROVED' or decision_due is not null),
    check (status <> 'DISPOSED' or disposal is not null)
);

create index preservation_by_case on enforcement.preservation (case_id, requested_at);
create index preservation_due on enforcement.preservation (decision_due) where status = 'APPROVED';
