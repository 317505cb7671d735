create schema if not exists audit;

-- Append-only, hash-chained audit trail (requirement X4)
create table audit.entry (
    seq             bigint primary key,
    id              uuid         not null unique,
    occurred_at     timestamptz  not null,
    actor           varchar(64)  not null,
    actor_agency_id uuid,
    subject_type    varchar(40)  not null,
    subject_id      varchar(64)  not null,
    agency_id       uuid,
    action          varchar(40)  not null,
    before_state    text         not null,
    after_state     text         not null,
    prev_hash       char(64)     not null,
    hash            char(64)     not null unique
);

create index entry_subject_idx on audit.entry (subject_type, subject_id);
create index entry_agency_idx on audit.entry (agency_id);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.entry is append-only (% refused)', tg_op;
end;
$$;

create trigger entry_append_only
    before update or delete on audit.entry
    for each row execute function audit.refuse_change();

create trigger entry_no_truncate
    before truncate on audit.entry
    for each statement execute function audit.refuse_change();
