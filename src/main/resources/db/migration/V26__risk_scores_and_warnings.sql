-- parties' current risk scores (R6), rescored on each relevant event, and the early warnings
-- they raise: open at most once per party and reason, assigned to an agency, with a proposed
-- intervention; handled by recording the intervention, or expired
create table risk.party_score (
    party_id      uuid primary key,
    score         numeric(7, 1) not null,
    grade         varchar(6)    not null check (grade in ('HIGH', 'MEDIUM', 'LOW')),
    probability   numeric(5, 3) not null,
    model_version varchar(40)   not null,
    factors       jsonb         not null,
    computed_at   timestamptz   not null
);

create index party_score_grade_idx on risk.party_score (grade, score desc);

create table risk.warning (
    id                  uuid primary key,
    party_id            uuid          not null,
    agency_id           uuid          not null,
    reason              varchar(30)   not null check (reason in ('GRADE_HIGH', 'RECTIFICATION_NOT_MADE')),
    status              varchar(10)   not null check (status in ('OPEN', 'HANDLED', 'EXPIRED')),
    trigger_type        varchar(40)   not null,
    trigger_id          uuid,
    score               numeric(7, 1),
    factors             jsonb         not null default '[]',
    proposed_form       varchar(40)   not null,
    proposed_measures   varchar(4000) not null,
    proposed_point_id   uuid,
    opened_at           timestamptz   not null,
    expires_on          date          not null,
    intervention_form   varchar(40),
    intervention_note   varchar(2000),
    intervention_act_id uuid,
    handled_by          uuid,
    handled_at          timestamptz,
    constraint handled_has_intervention check (status <> 'HANDLED' or intervention_note is not null)
);

create unique index warning_open_once_idx on risk.warning (party_id, reason) where status = 'OPEN';
create index warning_agency_status_idx on risk.warning (agency_id, status, opened_at desc);
