-- demonstration units (S4): designation for a period, periodic reviews against the criteria, revocation,
-- pairing assistance with a plan and its progress, recommendation to the province; training courses with
-- their attendance (S1)
create table supervision.demonstration_unit (
    id              uuid primary key,
    agency_id       uuid          not null,
    valid_from      date          not null,
    valid_until     date          not null check (valid_until > valid_from),
    reason          varchar(2000) not null,
    status          varchar(10)   not null check (status in ('ACTIVE', 'REVOKED', 'EXPIRED')),
    revoked_reason  varchar(2000),
    recommended     boolean       not null default false,
    recommendation  varchar(2000),
    designated_by   uuid          not null,
    designated_at   timestamptz   not null,
    version         bigint        not null default 0
);

create unique index demonstration_unit_active_idx on supervision.demonstration_unit (agency_id) where status = 'ACTIVE';

create table supervision.unit_review (
    id          uuid primary key,
    unit_id     uuid          not null references supervision.demonstration_unit (id),
    reviewed_on date          not null,
    criteria    jsonb         not null,
    passed      boolean       not null,
    note        varchar(2000) not null,
    reviewed_by uuid          not null
);

create table supervision.pairing (
    id           uuid primary key,
    unit_id      uuid          not null references supervision.demonstration_unit (id),
    agency_id    uuid          not null,
    plan         varchar(4000) not null,
    created_at   timestamptz   not null,
    created_by   uuid          not null
);

create table supervision.pairing_progress (
    pairing_id  uuid          not null references supervision.pairing (id),
    seq         integer       not null,
    recorded_on date          not null,
    text        varchar(2000) not null,
    recorded_by uuid          not null,
    primary key (pairing_id, seq)
);

create table supervision.course (
    id         uuid primary key,
    title      varchar(200) not null,
    topic      varchar(200) not null,
    format     varchar(12)  not null check (format in ('STUDY', 'EXAM', 'OBSERVATION')),
    held_on    date         not null,
    agency_id  uuid,
    created_by uuid         not null,
    created_at timestamptz  not null
);

create table supervision.attendance (
    course_id  uuid         not null references supervision.course (id),
    account_id uuid         not null,
    agency_id  uuid         not null,
    name       varchar(100) not null,
    attended   boolean      not null,
    primary key (course_id, account_id)
);

-- annual reports (S6): each agency's yearly special report, generated from the platform's figures, edited,
-- submitted after the year ended, accepted or returned by the office
create table supervision.annual_report (
    id          uuid primary key,
    agency_id   uuid          not null,
    year        integer       not null,
    sections    jsonb         not null,
    figures     jsonb         not null,
    status      varchar(10)   not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    review_note varchar(2000),
    created_by  uuid          not null,
    created_at  timestamptz   not null,
    submitted_at timestamptz,
    version     bigint        not null default 0,
    unique (agency_id, year)
);
