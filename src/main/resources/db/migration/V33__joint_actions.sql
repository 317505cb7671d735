-- joint enforcement actions (J1): the action's whole state as one versioned snapshot, and an index of
-- the agencies taking part for the lists
create schema if not exists joint;

create table joint.action (
    id             uuid primary key,
    number         varchar(40)  not null unique,
    title          varchar(200) not null,
    lead_agency_id uuid         not null,
    day            date         not null,
    status         varchar(12)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CANCELLED')),
    state          jsonb        not null,
    created_by     uuid         not null,
    created_at     timestamptz  not null,
    concluded_at   timestamptz,
    version        bigint       not null default 0
);

create table joint.action_agency (
    action_id uuid not null references joint.action (id) on delete cascade,
    agency_id uuid not null,
    primary key (action_id, agency_id)
);

create index action_agency_idx on joint.action_agency (agency_id);
