-- excellent cases (S3): rounds of nominations, the reviewers' scores (a reviewer of the nominating agency is
-- recused), selection with commendations, and publication to the public case library without personal data
create table supervision.award_round (
    id         uuid primary key,
    title      varchar(200) not null,
    year       integer      not null,
    status     varchar(10)  not null check (status in ('OPEN', 'REVIEW', 'PUBLISHED')),
    created_by uuid         not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0
);

create table supervision.nomination (
    id            uuid primary key,
    round_id      uuid          not null references supervision.award_round (id),
    agency_id     uuid          not null,
    subject_type  varchar(20)   not null check (subject_type in ('ENFORCEMENT_CASE', 'GUIDANCE_ACT', 'MEDIATION_CASE')),
    subject_id    uuid          not null,
    subject_label varchar(200)  not null,
    title         varchar(200)  not null,
    write_up      varchar(8000) not null,
    redact        jsonb         not null default '[]',
    nominated_by  uuid          not null,
    nominated_at  timestamptz   not null,
    selected      boolean,
    commendation  varchar(500),
    unique (round_id, subject_type, subject_id)
);

create table supervision.nomination_review (
    nomination_id uuid         not null references supervision.nomination (id),
    reviewer_id   uuid         not null,
    reviewer_name varchar(100) not null,
    recused       boolean      not null,
    score         integer      check (score between 0 and 100),
    comment       varchar(1000),
    reviewed_at   timestamptz  not null,
    primary key (nomination_id, reviewer_id),
    check (recused = (score is null))
);
