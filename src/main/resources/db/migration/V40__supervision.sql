-- organisation, supervision and assessment (S1, S2): the yearly indicator system, manual scores, assessment runs
-- with every figure they used; the question bank, exams and each officer's paper
create schema if not exists supervision;

create table supervision.indicator (
    year        integer       not null,
    code        varchar(40)   not null,
    name        varchar(100)  not null,
    formula     varchar(16)   not null check (formula in ('RATE', 'DEDUCTION', 'MANUAL')),
    measure     varchar(40),
    weight      numeric(5, 2) not null check (weight > 0 and weight <= 100),
    floor_value numeric(5, 4) not null default 0,
    target      numeric(5, 4) not null default 1,
    per_item    numeric(5, 2),
    position    integer       not null,
    defined_by  uuid          not null,
    defined_at  timestamptz   not null,
    primary key (year, code),
    check ((formula = 'MANUAL') = (measure is null)),
    check (formula <> 'DEDUCTION' or per_item is not null),
    check (target > floor_value)
);

create table supervision.manual_score (
    year       integer       not null,
    code       varchar(40)   not null,
    agency_id  uuid          not null,
    score      numeric(5, 2) not null check (score >= 0),
    note       varchar(2000) not null,
    evidence   varchar(2000),
    scored_by  uuid          not null,
    scored_at  timestamptz   not null,
    primary key (year, code, agency_id),
    foreign key (year, code) references supervision.indicator (year, code) on delete cascade
);

create table supervision.assessment_run (
    id          uuid primary key,
    year        integer     not null,
    period_from date        not null,
    period_to   date        not null,
    ran_by      uuid        not null,
    ran_at      timestamptz not null,
    millis      bigint      not null,
    fingerprint char(64)    not null
);

create index assessment_run_year_idx on supervision.assessment_run (year, ran_at desc);

create table supervision.assessment_score (
    run_id      uuid          not null references supervision.assessment_run (id) on delete cascade,
    agency_id   uuid          not null,
    code        varchar(40)   not null,
    weight      numeric(5, 2) not null,
    numerator   bigint,
    denominator bigint,
    score       numeric(6, 2) not null,
    no_data     boolean       not null,
    primary key (run_id, agency_id, code)
);

create table supervision.assessment_total (
    run_id    uuid          not null references supervision.assessment_run (id) on delete cascade,
    agency_id uuid          not null,
    total     numeric(6, 2) not null,
    rank      integer       not null,
    primary key (run_id, agency_id)
);

create table supervision.question (
    code        varchar(20)   primary key,
    source      varchar(10)   not null,
    article     varchar(40)   not null,
    topic       varchar(20)   not null,
    type        varchar(10)   not null check (type in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    text        varchar(1000) not null,
    options     jsonb         not null,
    answer      jsonb         not null,
    explanation varchar(1000)
);

create table supervision.exam (
    id             uuid primary key,
    title          varchar(200) not null,
    year           integer      not null,
    questions      integer      not null check (questions between 5 and 100),
    minutes        integer      not null check (minutes between 5 and 240),
    pass_mark      integer      not null check (pass_mark between 1 and 100),
    opens_on       date         not null,
    closes_on      date         not null check (closes_on >= opens_on),
    created_by     uuid         not null,
    created_at     timestamptz  not null
);

create table supervision.exam_paper (
    id           uuid primary key,
    exam_id      uuid        not null references supervision.exam (id),
    account_id   uuid        not null,
    agency_id    uuid        not null,
    officer_name varchar(100) not null,
    questions    jsonb       not null,
    started_at   timestamptz not null,
    deadline_at  timestamptz not null,
    submitted_at timestamptz,
    answers      jsonb,
    score        integer,
    passed       boolean,
    unique (exam_id, account_id)
);

create index exam_paper_agency_idx on supervision.exam_paper (agency_id, submitted_at);
