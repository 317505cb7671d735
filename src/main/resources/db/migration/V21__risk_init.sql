create schema if not exists risk;

-- a catalogue of violation risk points of one agency for one party category (R1), versioned
-- like the leniency lists: a draft, its public consultation (R2), then published with the date it
-- takes effect (R3); a later version supersedes it from its own date
create table risk.risk_catalogue (
    id                     uuid primary key,
    agency_id              uuid          not null,
    party_category         varchar(30)   not null,
    version_no             integer       not null,
    title                  varchar(200)  not null,
    status                 varchar(16)   not null check (status in ('DRAFT', 'CONSULTATION', 'PUBLISHED')),
    consultation_opens_on  date,
    consultation_closes_on date,
    consultation_channels  varchar(500),
    consultation_summary   varchar(4000),
    effective_from         date,
    published_at           timestamptz,
    published_by           uuid,
    created_by             uuid          not null,
    created_at             timestamptz   not null,
    version                bigint,
    unique (agency_id, party_category, version_no),
    constraint published_has_date check (status <> 'PUBLISHED' or effective_from is not null),
    constraint consultation_has_period check (status = 'DRAFT'
        or (consultation_opens_on is not null and consultation_closes_on >= consultation_opens_on))
);

create unique index risk_catalogue_one_open_idx on risk.risk_catalogue (agency_id, party_category)
    where status <> 'PUBLISHED';
create index risk_catalogue_published_idx on risk.risk_catalogue (party_category, effective_from desc)
    where status = 'PUBLISHED';

create table risk.risk_point (
    id                uuid primary key,
    catalogue_id      uuid          not null references risk.risk_catalogue (id) on delete cascade,
    position          integer       not null,
    title             varchar(200)  not null,
    violation_form    varchar(2000) not null,
    causes            varchar(2000) not null,
    harm              varchar(2000) not null,
    likelihood        varchar(500)  not null,
    legal_basis       jsonb         not null,
    harm_rating       integer check (harm_rating between 1 and 5),
    likelihood_rating integer check (likelihood_rating between 1 and 5),
    proposed_grade    varchar(6) check (proposed_grade in ('HIGH', 'MEDIUM', 'LOW')),
    grade             varchar(6)    not null check (grade in ('HIGH', 'MEDIUM', 'LOW')),
    override_reason   varchar(1000),
    guidance_method   varchar(500),
    guidance_measures varchar(4000) not null,
    violation_code    varchar(40),
    search_terms      text[]        not null default '{}',
    constraint override_has_reason check (proposed_grade is null or grade = proposed_grade or override_reason is not null)
);

create index risk_point_catalogue_idx on risk.risk_point (catalogue_id, position);
create index risk_point_terms_idx on risk.risk_point using gin (search_terms);

-- comments on a draft in consultation (R2): from the public or a party online, or received by
-- other means and recorded by an officer; each answered before the catalogue is published
create table risk.consultation_comment (
    id            uuid primary key,
    catalogue_id  uuid          not null references risk.risk_catalogue (id),
    risk_point_id uuid references risk.risk_point (id) on delete set null,
    author_name   varchar(100)  not null,
    party_id      uuid,
    account_id    uuid,
    channel       varchar(12)   not null check (channel in ('ONLINE', 'RECORDED')),
    content       varchar(4000) not null,
    submitted_at  timestamptz   not null,
    answer        varchar(12) check (answer in ('ADOPTED', 'PARTLY', 'NOT_ADOPTED')),
    answer_reason varchar(2000),
    answered_by   uuid,
    answered_at   timestamptz,
    constraint answer_has_reason check (answer is null or answer_reason is not null)
);

create index consultation_comment_catalogue_idx on risk.consultation_comment (catalogue_id, submitted_at);

-- an agency's own impact x likelihood matrix (R1 grading aid); the platform default otherwise
create table risk.grade_matrix (
    agency_id  uuid primary key,
    cells      varchar(29) not null,
    updated_by uuid        not null,
    updated_at timestamptz not null
);
