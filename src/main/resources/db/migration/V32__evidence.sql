-- evidence files (E1): content-addressed blobs never overwritten, the items that attach them to
-- records with their capture metadata, and a hash-chained custody log per item
create schema if not exists evidence;

create table evidence.blob (
    sha256           varchar(64) primary key,
    sm3              varchar(64)  not null,
    size             bigint       not null,
    content_type     varchar(100) not null,
    store            varchar(20)  not null,
    stored_at        timestamptz  not null,
    last_verified_at timestamptz,
    state            varchar(10)  not null default 'INTACT' check (state in ('INTACT', 'ALTERED', 'MISSING'))
);

create index blob_verified_idx on evidence.blob (last_verified_at nulls first);

create table evidence.item (
    id            uuid primary key,
    subject_type  varchar(30)   not null,
    subject_id    uuid          not null,
    agency_id     uuid,
    kind          varchar(10)   not null check (kind in ('VIDEO', 'AUDIO', 'PHOTO', 'DOCUMENT')),
    filename      varchar(200)  not null,
    sha256        varchar(64)   not null references evidence.blob (sha256),
    captured_at   timestamptz,
    device_id     varchar(100),
    location      varchar(200),
    uploaded_by   uuid          not null,
    uploaded_at   timestamptz   not null,
    retain_until  date          not null,
    legal_hold    boolean       not null default false,
    deleted_at    timestamptz,
    version       bigint        not null default 0
);

create index item_subject_idx on evidence.item (subject_type, subject_id);
create index item_blob_idx on evidence.item (sha256);

create table evidence.custody (
    item_id   uuid          not null references evidence.item (id),
    seq       integer       not null,
    action    varchar(20)   not null check (action in ('UPLOADED', 'VIEWED', 'DOWNLOADED', 'EXPORTED', 'VERIFIED',
                'RETENTION_CHANGED', 'HOLD_SET', 'HOLD_RELEASED', 'DELETED')),
    actor     uuid          not null,
    actor_name varchar(100) not null,
    at        timestamptz   not null,
    detail    varchar(1000),
    prev_hash varchar(64)   not null,
    hash      varchar(64)   not null,
    primary key (item_id, seq)
);
