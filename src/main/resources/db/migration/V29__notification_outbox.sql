-- the outbox of messages to parties and officers (P2): written in the sender's transaction,
-- delivered after it commits by a channel adapter; the body of a one-time code is kept only until
-- it is sent
create schema if not exists notification;

create table notification.message (
    id          uuid primary key,
    channel     varchar(10)   not null check (channel in ('SMS', 'WECHAT', 'EMAIL')),
    recipient   varchar(200)  not null,
    purpose     varchar(40)   not null,
    body        varchar(2000) not null,
    status      varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts    integer       not null default 0,
    adapter     varchar(40),
    last_error  varchar(500),
    created_at  timestamptz   not null,
    sent_at     timestamptz
);

create index message_recipient_idx on notification.message (recipient, created_at desc);
create index message_pending_idx on notification.message (created_at) where status = 'PENDING';
