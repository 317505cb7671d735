create schema if not exists documents;

-- the agency's prefix in document numbers (机关代字), e.g. 河市监
create table documents.issuer (
    agency_id  uuid primary key,
    prefix     varchar(12) not null,
    updated_at timestamptz not null
);

-- one row per agency, kind of document and year; locked while a number is taken
create table documents.number_counter (
    agency_id  uuid        not null,
    kind       varchar(4)  not null,
    year       int         not null,
    last_value int         not null,
    primary key (agency_id, kind, year)
);

-- every number issued, with the record it belongs to
create table documents.issued_number (
    number       varchar(40) primary key,
    agency_id    uuid        not null,
    kind         varchar(4)  not null,
    year         int         not null,
    sequence     int         not null,
    subject_type varchar(40) not null,
    subject_id   uuid        not null,
    issued_at    timestamptz not null,
    unique (agency_id, kind, year, sequence)
);
