-- reminders of a mediation case's time limits (M4), written by the scheduler some working
-- days before the acceptance decision or the conclusion falls due, for the agency's mediators
create table mediation.reminder (
    id           uuid primary key,
    agency_id    uuid        not null,
    case_id      uuid        not null references mediation.mediation_case (id),
    kind         varchar(20) not null check (kind in ('ACCEPTANCE_DUE', 'CONCLUSION_DUE')),
    due_on       date        not null,
    created_at   timestamptz not null,
    dismissed_at timestamptz,
    dismissed_by uuid,
    unique (case_id, kind)
);

create index mediation_reminder_agency_idx on mediation.reminder (agency_id, due_on) where dismissed_at is null;
