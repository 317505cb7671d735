-- exchange with other departments' systems (J2): clients with their own credentials, each scoped to one
-- agency (the signing secret sealed with the platform key), and every inbound event once per client
create table joint.exchange_client (
    id          uuid primary key,
    name        varchar(100) not null,
    agency_id   uuid         not null,
    secret      bytea        not null,
    created_by  uuid         not null,
    created_at  timestamptz  not null,
    revoked_at  timestamptz
);

create table joint.inbound_event (
    client_id    uuid         not null references joint.exchange_client (id),
    event_id     varchar(100) not null,
    request_hash char(64)     not null,
    party_id     uuid         not null,
    received_at  timestamptz  not null,
    primary key (client_id, event_id)
);
