-- Satisfaction surveys (S5, LY20): an agency's campaign of questions put to the parties it serves, by
-- category or by the service they used, answered once per party on the portal.
create table portal.survey (
    id uuid primary key,
    agency_id uuid not null,
    title text not null,
    intro text,
    questions jsonb not null,
    target_categories text[] not null default '{}',
    target_items text[] not null default '{}',
    opens_on date not null,
    closes_on date not null,
    status text not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    created_by uuid not null,
    created_at timestamptz not null,
    opened_at timestamptz,
    closed_at timestamptz,
    version bigint not null default 0,
    check (closes_on >= opens_on)
);
create index survey_agency_idx on portal.survey (agency_id, opens_on desc);

create table portal.survey_response (
    survey_id uuid not null references portal.survey (id),
    party_id uuid not null,
    agency_id uuid not null,
    answers jsonb not null,
    stars integer not null,
    stars_max integer not null,
    created_at timestamptz not null,
    primary key (survey_id, party_id)
);
create index survey_response_created_idx on portal.survey_response (created_at);
