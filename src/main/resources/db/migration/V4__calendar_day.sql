create schema if not exists calendar;

-- The official calendar: only the days that differ from the Monday-to-Friday week.
create table calendar.calendar_day (
    day        date        primary key,
    kind       varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       varchar(40) not null,
    statutory  boolean     not null default false,
    updated_at timestamptz not null,
    version    bigint      not null default 0,
    constraint statutory_only_for_holidays check (not statutory or kind = 'HOLIDAY')
);
