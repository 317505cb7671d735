-- hearings scheduled on accepting a hearing request (P2): time, place or online link, the notice
-- sent, and the record once held
create table portal.hearing (
    application_id uuid primary key references portal.application (id),
    scheduled_at   timestamptz   not null,
    place          varchar(200),
    online_link    varchar(500),
    noticed_at     timestamptz   not null,
    record         varchar(8000),
    held_at        timestamptz,
    constraint hearing_somewhere check (place is not null or online_link is not null)
);
