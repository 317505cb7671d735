-- multi-level linkage (J1): a joint action or an enforcement case referred up (county to city), down, or
-- across districts, accepted or declined by the receiving agency; the referrals of a record are its history
create table joint.referral (
    id             uuid primary key,
    kind           varchar(20)  not null check (kind in ('JOINT_ACTION', 'ENFORCEMENT_CASE')),
    subject_id     uuid         not null,
    subject_label  varchar(60)  not null,
    from_agency_id uuid         not null,
    to_agency_id   uuid         not null,
    direction      varchar(6)   not null check (direction in ('UP', 'DOWN', 'ACROSS')),
    reason         varchar(1000) not null check (length(btrim(reason)) > 0),
    status         varchar(10)  not null check (status in ('REFERRED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    referred_by    uuid         not null,
    referred_at    timestamptz  not null,
    answered_by    uuid,
    answered_at    timestamptz,
    answer_note    varchar(1000),
    version        bigint       not null default 0,
    check (from_agency_id <> to_agency_id)
);

create index referral_subject_idx on joint.referral (subject_id, referred_at);
create index referral_to_idx on joint.referral (to_agency_id, status);
create index referral_from_idx on joint.referral (from_agency_id, status);
create unique index referral_pending_once_idx on joint.referral (subject_id) where status = 'REFERRED';
