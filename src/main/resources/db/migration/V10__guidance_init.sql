create schema if not exists guidance;

create table guidance.guidance_act (
    id                  uuid primary key,
    agency_id           uuid          not null,
    party_id            uuid          not null,
    party_name          varchar(200)  not null,
    party_category      varchar(40)   not null,
    officer_id          uuid          not null,
    form                varchar(40)   not null,
    document_form       varchar(10)   not null check (document_form in ('WRITTEN', 'SIMPLE')),
    channel             varchar(12)   not null check (channel in ('IN_PERSON', 'PHONE', 'SMS', 'WECHAT', 'DOCUMENT')),
    subject             varchar(200)  not null,
    content             varchar(8000) not null,
    details             jsonb         not null default '{}',
    principles          jsonb         not null,
    legal_basis         jsonb         not null default '[]',
    document_number     varchar(40) unique,
    issued_on           date          not null,
    risk_point_id       uuid,
    inspection_id       uuid,
    case_id             uuid,
    follow_up_of        uuid references guidance.guidance_act (id),
    follow_up           jsonb,
    major               boolean       not null default false,
    complex             boolean       not null default false,
    status              varchar(16)   not null check (status in ('ISSUED', 'ACCEPTED', 'DECLINED', 'CORRECTED', 'NOT_CORRECTED', 'COMPLETED')),
    response_accepted   boolean,
    response_note       varchar(2000),
    response_by         uuid,
    response_at         timestamptz,
    rect_requirement    varchar(2000),
    rect_deadline       date,
    rect_violation_code varchar(40),
    rect_corrected      boolean,
    rect_note           varchar(2000),
    rect_by             uuid,
    rect_at             timestamptz,
    escalated_case_id   uuid,
    search_terms        text[]        not null default '{}',
    created_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint written_has_number check (document_form = 'SIMPLE' or document_number is not null),
    constraint written_has_basis check (document_form = 'SIMPLE' or jsonb_array_length(legal_basis) > 0),
    constraint rectification_complete check ((rect_deadline is null) = (rect_requirement is null)),
    constraint escalation_has_case check (status <> 'NOT_CORRECTED' or escalated_case_id is not null)
);

create index guidance_act_agency_idx on guidance.guidance_act (agency_id, created_at desc);
create index guidance_act_party_idx on guidance.guidance_act (party_id, created_at desc);
create index guidance_act_case_idx on guidance.guidance_act (case_id) where case_id is not null;
create index guidance_act_inspection_idx on guidance.guidance_act (inspection_id) where inspection_id is not null;
create index guidance_act_follow_up_of_idx on guidance.guidance_act (follow_up_of) where follow_up_of is not null;
create index guidance_act_open_rectification_idx on guidance.guidance_act (agency_id, rect_deadline)
    where rect_deadline is not null and rect_corrected is null;
create index guidance_act_terms_idx on guidance.guidance_act using gin (search_terms);

create table guidance.follow_up (
    id            uuid primary key,
    act_id        uuid         not null references guidance.guidance_act (id),
    agency_id     uuid         not null,
    party_id      uuid         not null,
    party_name    varchar(200) not null,
    act_subject   varchar(200) not null,
    officer_id    uuid         not null,
    due_on        date         not null,
    reason        varchar(12)  not null check (reason in ('MAJOR', 'COMPLEX', 'REQUESTED')),
    status        varchar(12)  not null check (status in ('SCHEDULED', 'DONE')),
    result_act_id uuid references guidance.guidance_act (id),
    done_at       timestamptz,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

create index follow_up_due_idx on guidance.follow_up (agency_id, due_on) where status = 'SCHEDULED';
create index follow_up_act_idx on guidance.follow_up (act_id);

create table guidance.conduct_complaint (
    id               uuid primary key,
    agency_id        uuid          not null,
    party_id         uuid          not null,
    party_name       varchar(200)  not null,
    officer_id       uuid          not null,
    follow_up_act_id uuid          not null references guidance.guidance_act (id),
    subject_act_id   uuid          not null references guidance.guidance_act (id),
    summary          varchar(4000) not null,
    status           varchar(10)   not null check (status in ('OPEN', 'HANDLED')),
    handled_by       uuid,
    handled_at       timestamptz,
    handling_note    varchar(2000),
    created_at       timestamptz   not null,
    version          bigint        not null default 0
);

create index conduct_complaint_queue_idx on guidance.conduct_complaint (agency_id, status, created_at);

create table guidance.custom_form (
    id         uuid primary key,
    agency_id  uuid         not null,
    code       varchar(40)  not null,
    name       varchar(40)  not null,
    fields     jsonb        not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0,
    unique (agency_id, code)
);

-- reminders to the officer, written by the scheduler
create table guidance.reminder (
    id           uuid primary key,
    agency_id    uuid        not null,
    officer_id   uuid        not null,
    act_id       uuid        not null references guidance.guidance_act (id),
    follow_up_id uuid references guidance.follow_up (id),
    kind         varchar(20) not null check (kind in ('RECTIFICATION_DUE', 'FOLLOW_UP_DUE')),
    due_on       date        not null,
    created_at   timestamptz not null,
    dismissed_at timestamptz,
    unique (act_id, kind, due_on)
);

create index reminder_officer_idx on guidance.reminder (officer_id, created_at desc) where dismissed_at is null;
