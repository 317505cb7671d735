-- notices of the right to apply for mediation (M1; LH15)
create table mediation.right_notice (
    id                uuid primary key,
    agency_id         uuid          not null,
    party_id          uuid          not null,
    context           varchar(24)   not null check (context in ('MAJOR_DECISION', 'ROUTINE_SUPERVISION', 'COMPLAINT')),
    subject_type      varchar(40),
    subject_id        uuid,
    channel           varchar(12)   not null check (channel in ('IN_PERSON', 'PHONE', 'SMS', 'WECHAT', 'DOCUMENT', 'ONLINE')),
    note              varchar(2000),
    notified_by       uuid          not null,
    notified_at       timestamptz   not null,
    mediation_case_id uuid references mediation.mediation_case (id)
);

create index right_notice_party_idx on mediation.right_notice (party_id, notified_at desc);
create index right_notice_subject_idx on mediation.right_notice (subject_id) where subject_id is not null;
